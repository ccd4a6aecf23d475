#pragma once

#include "pdf/InkMap.h"
#include "pdf/PageBoxes.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace bubuh {

// The ink maps of the pages shown in step 3, each read once on a worker thread (PageInk) and
// kept for the session, so that placing the stamp never waits for a render.
class PageInkCache : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The page's map when it is ready; otherwise starts reading it and returns nullptr, and
    // ready() follows. key names the document (its path).
    const InkMap *find(const QString &key, const QByteArray &pdf, int pageIndex,
                       const PageBoxes &boxes);

Q_SIGNALS:
    void ready(const QString &key, int pageIndex);

private:
    QHash<QString, InkMap> m_maps;
    QSet<QString> m_reading;
};

} // namespace bubuh
