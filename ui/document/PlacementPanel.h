#pragma once

#include "pdf/PlacementGeometry.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace bubuh {

// Exact numbers for the stamp: page, X and Y of its top-left corner from the top-left of the
// page as displayed, and its size, in millimetres or points. Bound both ways to a Placement.
class PlacementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlacementPanel(QWidget *parent = nullptr);

    void setPageCount(int pages);
    void setPlacement(const Placement &placement);
    Placement placement() const { return m_placement; }

    static constexpr double kMinimumSizePt = 54;

Q_SIGNALS:
    void placementEdited(const bubuh::Placement &placement);

private:
    void show(const Placement &p);
    void edited();
    double unitPerPoint() const;

    Placement m_placement;
    QSpinBox *m_page;
    QDoubleSpinBox *m_x, *m_y, *m_size;
    QComboBox *m_unit;
    bool m_updating = false;
};

} // namespace bubuh
