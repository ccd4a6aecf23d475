#pragma once

#include <QWidget>

namespace bubuh {

struct Placement;

// The stamp on the page view as an object of its own for assistive technology: an invisible,
// click-through child of the view's viewport that covers the stamp, exposed as a graphic whose
// name states where it is in millimetres ("Meterai: halaman 1, 70 mm dari kiri, 41 mm dari
// atas, sisi 35 mm"). Moving the stamp changes the name, so a screen reader hears each nudge.
class StampMarker : public QWidget
{
    Q_OBJECT
public:
    explicit StampMarker(QWidget *viewport);
    void place(const QRect &where, const Placement &placement);
};

} // namespace bubuh
