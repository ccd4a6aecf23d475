#include "PlacementPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace bubuh {

PlacementPanel::PlacementPanel(QWidget *parent)
    : QWidget(parent)
    , m_page(new QSpinBox(this))
    , m_x(new QDoubleSpinBox(this))
    , m_y(new QDoubleSpinBox(this))
    , m_size(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
{
    setObjectName(u"placementPanel"_s);
    m_page->setObjectName(u"pageSpinBox"_s);
    m_x->setObjectName(u"xSpinBox"_s);
    m_y->setObjectName(u"ySpinBox"_s);
    m_size->setObjectName(u"sizeSpinBox"_s);
    m_unit->setObjectName(u"unitComboBox"_s);
    m_unit->addItem(tr("mm"), u"mm"_s);
    m_unit->addItem(tr("pt"), u"pt"_s);
    for (QDoubleSpinBox *box : {m_x, m_y, m_size}) {
        box->setDecimals(1);
        box->setRange(0, 10000);
        box->setKeyboardTracking(false);
    }
    m_page->setAccessibleName(tr("Page of the stamp"));
    m_x->setAccessibleName(tr("Distance of the stamp from the left edge"));
    m_y->setAccessibleName(tr("Distance of the stamp from the top edge"));
    m_size->setAccessibleName(tr("Size of the stamp"));
    m_unit->setAccessibleName(tr("Unit"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Page:"), m_page);
    form->addRow(tr("From the &left:"), m_x);
    form->addRow(tr("From the &top:"), m_y);
    form->addRow(tr("&Size:"), m_size);
    form->addRow(tr("&Unit:"), m_unit);

    connect(m_page, &QSpinBox::valueChanged, this, &PlacementPanel::edited);
    for (QDoubleSpinBox *box : {m_x, m_y, m_size})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PlacementPanel::edited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { show(m_placement); });
    show(m_placement);
}

double PlacementPanel::unitPerPoint() const
{
    return m_unit->currentData().toString() == u"mm" ? 25.4 / 72.0 : 1.0;
}

void PlacementPanel::setPageCount(int pages)
{
    m_updating = true;
    m_page->setRange(1, std::max(1, pages));
    m_updating = false;
}

void PlacementPanel::setPlacement(const Placement &placement)
{
    m_placement = placement;
    show(placement);
}

void PlacementPanel::show(const Placement &p)
{
    m_updating = true;
    const double k = unitPerPoint();
    const QString suffix = u" "_s + m_unit->currentText();
    for (QDoubleSpinBox *box : {m_x, m_y, m_size})
        box->setSuffix(suffix);
    m_size->setMinimum(kMinimumSizePt * k);
    m_page->setValue(p.page);
    m_x->setValue(p.u * k);
    m_y->setValue(p.v * k);
    m_size->setValue(p.size * k);
    m_updating = false;
}

void PlacementPanel::edited()
{
    if (m_updating)
        return;
    const double k = unitPerPoint();
    m_placement = {m_page->value(), m_x->value() / k, m_y->value() / k, m_size->value() / k};
    Q_EMIT placementEdited(m_placement);
}

} // namespace bubuh
