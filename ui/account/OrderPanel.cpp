#include "OrderPanel.h"

#include "core/Language.h"
#include "journal/OrderReport.h"
#include "session/PurchaseSession.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

OrderPanel::OrderPanel(PurchaseSession &purchase, bool demo, QWidget *parent)
    : QGroupBox(tr("Your order"), parent)
    , m_purchase(purchase)
    , m_demo(demo)
    , m_state(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_va(new QLabel(this))
    , m_copyVa(new QPushButton(tr("&Copy number"), this))
    , m_deadline(new QLabel(this))
    , m_paid(new QPushButton(tr("I have paid (simulated)"), this))
    , m_busy(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_stop(new QPushButton(tr("&Stop waiting"), this))
    , m_resume(new QPushButton(tr("C&ontinue"), this))
    , m_evidence(new QPushButton(tr("&Export evidence for a complaint…"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"orderPanel"_s);
    // Text from the shop is never read as markup: rich only where Bubuh writes the markup
    // and escapes what it inserts.
    m_state->setObjectName(u"orderStateLabel"_s);
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_qr->setObjectName(u"qrisImage"_s);
    m_qr->setAccessibleName(tr("QRIS payment code"));
    m_va->setObjectName(u"vaNumberLabel"_s);
    m_va->setTextFormat(Qt::RichText);
    m_va->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyVa->setObjectName(u"copyVaButton"_s);
    m_deadline->setObjectName(u"paymentDeadlineLabel"_s);
    m_deadline->setTextFormat(Qt::PlainText);
    m_paid->setObjectName(u"simulatedPaymentButton"_s);
    m_busy->setObjectName(u"orderBusyBar"_s);
    m_busy->setRange(0, 0); // waiting on the service: no fraction to show, only that it works
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2);
    m_progress->setObjectName(u"orderProgressLabel"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_stop->setObjectName(u"stopWaitingButton"_s);
    m_stop->setToolTip(tr("The order stays saved; Bubuh continues it when you press Continue or "
                          "start it again."));
    m_resume->setObjectName(u"resumeOrderButton"_s);
    m_evidence->setObjectName(u"exportEvidenceButton"_s);
    m_copyVa->setIcon(icon(Icon::Copy));
    m_stop->setIcon(icon(Icon::Stop));
    m_resume->setIcon(icon(Icon::Resume));
    m_evidence->setIcon(icon(Icon::Export));

    auto *vaRow = new QHBoxLayout;
    vaRow->addWidget(m_va);
    vaRow->addWidget(m_copyVa);
    vaRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_paid);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    buttons->addStretch();
    buttons->addWidget(m_evidence);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_qr, 0, Qt::AlignLeft);
    layout->addLayout(vaRow);
    layout->addWidget(m_deadline);
    layout->addWidget(m_busy);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_copyVa, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_purchase.payment().vaNumber);
        m_copyVa->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copyVa, [this] { m_copyVa->setText(tr("&Copy number")); });
    });
    connect(m_paid, &QPushButton::clicked, &m_purchase, &PurchaseSession::simulatePayment);
    connect(m_stop, &QPushButton::clicked, &m_purchase, &PurchaseSession::stop);
    connect(m_resume, &QPushButton::clicked, &m_purchase, &PurchaseSession::resumeUnfinished);
    connect(m_evidence, &QPushButton::clicked, this, &OrderPanel::exportEvidence);
    connect(&m_purchase, &PurchaseSession::changed, this, &OrderPanel::update);
    connect(m_clock, &QTimer::timeout, this, &OrderPanel::updateCountdown);
    m_clock->start(1000);
    update();
}

void OrderPanel::update()
{
    const OrderRecord order = m_purchase.order();
    setVisible(m_purchase.hasOrder() || m_purchase.active());
    const bool active = m_purchase.active();
    const QString amount = order.amount ? Language::rupiah(order.amount) : QString();
    QString state;
    switch (order.state) {
    case OrderState::AwaitingPayment:
        state = tr("Order %1: %n e-Meterai. Pay %2 to receive the quota.", nullptr, order.quantity)
                    .arg(order.orderId, amount);
        break;
    case OrderState::Paid:
        state = tr("Payment received for order %1; the quota is on its way. Bubuh keeps checking "
                   "until it arrives.")
                    .arg(order.orderId);
        break;
    case OrderState::Fulfilled:
        state = tr("Done: %n e-Meterai added to your quota.", nullptr, order.quantity);
        break;
    case OrderState::Pending:
    case OrderState::Sent:
        if (active) {
            state = tr("Sending the order for %n e-Meterai to the shop…", nullptr, order.quantity);
            break;
        }
        [[fallthrough]];
    case OrderState::Unknown:
        // Never "failed": the shop may have the order; the same key settles it without a
        // second charge.
        state = tr("The order is being checked (sedang diperiksa). Nothing is charged twice; "
                   "Bubuh finishes it with the same order number.");
        break;
    case OrderState::Expired:
        state = tr("Order %1 expired before it was paid. Nothing was charged.").arg(order.orderId);
        break;
    case OrderState::Failed:
        state = tr("The shop refused the order: %1")
                    .arg(m_purchase.failure().message.isEmpty() ? order.lastError
                                                                : m_purchase.failure().message);
        break;
    }
    m_state->setText(u"<b>%1</b>"_s.arg(state.toHtmlEscaped()));

    showPayment();

    m_busy->setVisible(active);
    QString progress = active ? m_purchase.status().message : QString();
    if (!active && m_purchase.ending() && !m_purchase.failure().message.isEmpty()
        && order.state != OrderState::Failed)
        progress = m_purchase.failure().message;
    if (!active && m_purchase.ending() == FlowEnding::NotFinished && !order.finished())
        progress = tr("Stopped waiting. The order is saved; press Continue when you are ready.");
    if (!active && m_purchase.followUpAt().isValid())
        progress += u' '
            + tr("Bubuh tries again by itself at %1.")
                  .arg(Language::dateTime(m_purchase.followUpAt()));
    m_progress->setText(progress);
    m_progress->setVisible(!progress.isEmpty());

    m_paid->setVisible(m_demo && m_purchase.awaitingPayment() && active);
    m_stop->setVisible(active);
    m_resume->setVisible(!active && m_purchase.hasOrder() && !order.finished());
    m_evidence->setVisible(m_purchase.troubled());
    updateCountdown();
}

void OrderPanel::showPayment()
{
    const OrderInfo payment = m_purchase.payment();
    const bool awaiting = m_purchase.awaitingPayment();
    const bool qris = awaiting && !payment.qris.isEmpty();
    const bool va = awaiting && !payment.vaNumber.isEmpty();
    if (qris && m_shownPayment != payment.qris) {
        m_qr->setPixmap(QrCode::pixmap(payment.qris.toUtf8(), 4, devicePixelRatioF()));
        m_shownPayment = payment.qris;
    }
    m_qr->setVisible(qris);
    m_va->setText(va ? tr("Virtual account: <b>%1</b>").arg(payment.vaNumber.toHtmlEscaped())
                     : QString());
    m_va->setVisible(va);
    m_copyVa->setVisible(va);
}

void OrderPanel::updateCountdown()
{
    const OrderInfo payment = m_purchase.payment();
    if (!m_purchase.awaitingPayment() || !payment.expiresAt.isValid()) {
        m_deadline->hide();
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(payment.expiresAt);
    m_deadline->setText(left > 0
                            ? tr("Pay before %1 (%2 left).")
                                  .arg(Language::dateTime(payment.expiresAt),
                                       u"%1:%2"_s.arg(left / 60).arg(left % 60, 2, 10, QChar(u'0')))
                            : tr("The time to pay has passed; the shop will close this order."));
    m_deadline->show();
}

void OrderPanel::exportEvidence()
{
    const OrderRecord order = m_purchase.order();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u"/bukti-pesanan-%1.json"_s.arg(order.orderId.isEmpty() ? QString::number(order.id)
                                                                  : order.orderId);
    const QString path = Dialogs::saveFileName(this, tr("Save evidence for a complaint"), suggested,
                                               tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = m_purchase.evidence();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Dialogs::message(this, QMessageBox::Warning, tr("Evidence not saved"),
                         tr("%1 cannot be written: %2").arg(path, out.errorString()));
        return;
    }
    Dialogs::message(
        this, QMessageBox::Information, tr("Evidence saved"),
        tr("The order's record is in %1. Send it to the distributor with your complaint; it "
           "holds the order number, the payment reference and every step with its time.")
            .arg(path));
}

} // namespace bubuh
