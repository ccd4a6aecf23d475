#include "PageInkCache.h"

#include "pdf/PageInk.h"

#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace bubuh {

const InkMap *PageInkCache::find(const QString &key, const QByteArray &pdf, int pageIndex,
                                 const PageBoxes &boxes)
{
    const QString id = key + u'#' + QString::number(pageIndex);
    if (const auto at = m_maps.constFind(id); at != m_maps.cend())
        return &at.value();
    if (m_reading.contains(id))
        return nullptr;
    m_reading.insert(id);
    auto *watcher = new QFutureWatcher<Result<InkMap>>(this);
    connect(watcher, &QFutureWatcher<Result<InkMap>>::finished, this,
            [this, watcher, id, key, pageIndex] {
                watcher->deleteLater();
                m_reading.remove(id);
                // A page that cannot be read is kept as an empty map: nothing is claimed.
                const Result<InkMap> ink = watcher->result();
                m_maps.insert(id, ink ? ink.value() : InkMap());
                Q_EMIT ready(key, pageIndex);
            });
    watcher->setFuture(QtConcurrent::run(
        [pdf, pageIndex, boxes] { return PageInk::read(pdf, pageIndex, boxes); }));
    return nullptr;
}

} // namespace bubuh
