#include "StampMarker.h"

#include "pdf/PlacementGeometry.h"

#include <QAccessible>
#include <QAccessibleWidget>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

QAccessibleInterface *markerAccessible(const QString &key, QObject *object)
{
    if (key == "bubuh::StampMarker"_L1 && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Graphic);
    return nullptr;
}

QString mm(double points)
{
    return QString::number(qRound(points * 25.4 / 72));
}

} // namespace

StampMarker::StampMarker(QWidget *viewport) : QWidget(viewport)
{
    static const bool installed = [] {
        QAccessible::installFactory(markerAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(u"stampMarker"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void StampMarker::place(const QRect &where, const Placement &placement)
{
    const QString name = tr("e-Meterai: page %1, %2 mm from the left, %3 mm from the top, "
                            "%4 mm wide")
                             .arg(placement.page)
                             .arg(mm(placement.u), mm(placement.v), mm(placement.size));
    if (accessibleName() != name)
        setAccessibleName(name);
    if (geometry() != where)
        setGeometry(where);
    if (!isVisible())
        show();
}

} // namespace bubuh
