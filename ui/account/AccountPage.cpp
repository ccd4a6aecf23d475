#include "AccountPage.h"

#include "account/OrderPanel.h"
#include "core/Clock.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "flow/Deadline.h"
#include "session/Workspace.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {
// The standard price until the shop has told its own (protocol.md Part B).
constexpr qint64 kStampPrice = 10000;
} // namespace

AccountPage::AccountPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in…"), this))
    , m_quantity(new QSpinBox(this))
    , m_method(new QComboBox(this))
    , m_price(new QLabel(this))
    , m_buy(new QPushButton(tr("&Buy"), this))
    , m_order(new OrderPanel(workspace.purchase(), workspace.account().profile().demo, this))
    , m_hasDeadline(new QCheckBox(tr("I must &upload by (WIB):"), this))
    , m_deadline(new QDateTimeEdit(this))
    , m_timeLeft(new QLabel(this))
{
    m_summary->setObjectName(u"accountSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText); // the name the service gives, its messages
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setObjectName(u"signInButton"_s);
    m_quantity->setObjectName(u"quantitySpinBox"_s);
    m_quantity->setRange(1, 100);
    m_quantity->setMinimumWidth(8 * fontMetrics().averageCharWidth());
    m_quantity->setValue(2); // an applicant typically stamps a couple of letters
    m_quantity->setAccessibleName(tr("Number of e-Meterai"));
    m_method->setObjectName(u"paymentMethodComboBox"_s);
    m_method->addItem(tr("QRIS (scan with any banking or e-wallet app)"), u"QRIS"_s);
    m_method->addItem(tr("Virtual account (bank transfer)"), u"VA"_s);
    m_method->setAccessibleName(tr("Payment method"));
    m_price->setObjectName(u"priceLabel"_s);
    m_price->setTextFormat(Qt::RichText); // numbers Bubuh formats
    m_buy->setObjectName(u"buyButton"_s);
    m_buy->setShortcut(QKeySequence(u"Ctrl+B"_s));
    m_buy->setToolTip(tr("Buy (Ctrl+B)"));
    m_buy->setDefault(true);
    m_buy->setIcon(icon(Icon::Buy));
    m_signIn->setIcon(icon(Icon::SignIn));

    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_summary, 1);
    accountRow->addWidget(m_signIn, 0, Qt::AlignTop);

    auto *buyBox = new QGroupBox(tr("Buy e-Meterai quota"), this);
    auto *form = new QFormLayout(buyBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Pay with:"), m_method);
    form->addRow(tr("Price:"), m_price);
    auto *buyRow = new QHBoxLayout;
    buyRow->addStretch();
    buyRow->addWidget(m_buy);
    form->addRow(buyRow);

    // The registration portal's deadline: Bubuh weighs every wait against it.
    auto *deadlineBox = new QGroupBox(tr("Registration deadline"), this);
    auto *deadlineRow = new QHBoxLayout(deadlineBox);
    m_hasDeadline->setObjectName(u"hasDeadlineCheckBox"_s);
    m_deadline->setObjectName(u"deadlineEdit"_s);
    m_deadline->setDisplayFormat(u"d MMMM yyyy, HH.mm"_s);
    m_deadline->setCalendarPopup(true);
    m_deadline->setAccessibleName(tr("Upload deadline, Western Indonesia Time"));
    m_timeLeft->setObjectName(u"deadlineTimeLeftLabel"_s);
    m_timeLeft->setTextFormat(Qt::PlainText);
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_timeLeft, 1);
    const QTimeZone wib(7 * 3600);
    const Deadline saved = Deadline::load(workspace.settings());
    const QDateTime shown = saved.isSet()
        ? saved.at().toTimeZone(wib)
        : QDateTime(workspace.clock().now().toTimeZone(wib).date().addDays(7), QTime(23, 59), wib);
    m_deadline->setDateTime(QDateTime(shown.date(), shown.time())); // a WIB wall time
    m_hasDeadline->setChecked(saved.isSet());
    m_deadline->setEnabled(saved.isSet());
    const auto saveDeadline = [this, wib] {
        m_deadline->setEnabled(m_hasDeadline->isChecked());
        const QDateTime wall = m_deadline->dateTime();
        (m_hasDeadline->isChecked() ? Deadline(QDateTime(wall.date(), wall.time(), wib))
                                    : Deadline())
            .save(m_workspace.settings());
        updateDeadline();
        Q_EMIT deadlineChanged();
    };
    connect(m_hasDeadline, &QCheckBox::toggled, this, saveDeadline);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this, saveDeadline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Account and quota")), this));
    if (!Settings(workspace.settings()).value(Settings::Key::Welcomed).toBool())
        layout->addWidget(welcome());
    layout->addLayout(accountRow);
    layout->addWidget(deadlineBox);
    layout->addWidget(buyBox);
    layout->addWidget(m_order);
    layout->addStretch();

    AccountSession &account = workspace.account();
    PurchaseSession &purchase = workspace.purchase();
    connect(m_signIn, &QPushButton::clicked, this, &AccountPage::signInRequested);
    connect(m_buy, &QPushButton::clicked, this, &AccountPage::buy);
    connect(m_quantity, &QSpinBox::valueChanged, this, &AccountPage::updatePrice);
    connect(&account, &AccountSession::changed, this, &AccountPage::updateAccount);
    connect(&purchase, &PurchaseSession::changed, this, &AccountPage::updateAccount);
    connect(&purchase, &PurchaseSession::productChanged, this, &AccountPage::updatePrice);
    connect(&purchase, &PurchaseSession::finished, &account, &AccountSession::refreshBalance);
    updateAccount();
    updatePrice();
    updateDeadline();
}

QWidget *AccountPage::welcome()
{
    // Once, on the first start: what Bubuh does, and a way to try it without paying.
    auto *box = new QGroupBox(tr("Welcome to Bubuh"), this);
    box->setObjectName(u"welcomeBox"_s);
    auto *text = new QLabel(
        tr("Bubuh buys e-Meterai quota from your distributor, places the stamp on your PDF, has "
           "it stamped and checks the result, step by step on the left. When the service is "
           "busy it waits in the queue for you, never pays twice and never loses a paid order. "
           "The demo shows the whole way with a simulator: nothing is paid, and its stamps say "
           "SIMULASI - TIDAK SAH."),
        box);
    text->setWordWrap(true);
    auto *demo = new QPushButton(icon(Icon::Resume), tr("&Try the demo first"), box);
    demo->setObjectName(u"tryDemoButton"_s);
    auto *close = new QPushButton(tr("&Got it"), box);
    close->setObjectName(u"welcomeCloseButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    if (!m_workspace.account().profile().demo)
        buttons->addWidget(demo);
    else
        demo->hide();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addLayout(buttons);
    const auto dismiss = [this, box] {
        Settings(m_workspace.settings()).setValue(Settings::Key::Welcomed, true);
        box->hide();
    };
    connect(close, &QPushButton::clicked, this, dismiss);
    connect(demo, &QPushButton::clicked, this, [this, dismiss] {
        dismiss();
        Q_EMIT demoRequested();
    });
    return box;
}

void AccountPage::updateDeadline()
{
    const Deadline deadline = Deadline::load(m_workspace.settings());
    m_timeLeft->setText(deadline.isSet() ? deadline.timeLeft(m_workspace.clock().now())
                                         : tr("Bubuh warns you when a wait would pass it."));
}

void AccountPage::exportEvidence()
{
    m_order->exportEvidence();
}

void AccountPage::updatePrice()
{
    const std::optional<Product> product = m_workspace.purchase().product();
    const qint64 price = product ? product->price : kStampPrice;
    const qint64 fee = product ? product->fee : 0;
    const int n = m_quantity->value();
    m_price->setText(fee ? tr("%1 × (%2 + fee %3) = <b>%4</b>")
                               .arg(n)
                               .arg(Language::rupiah(price), Language::rupiah(fee),
                                    Language::rupiah(n * (price + fee)))
                         : tr("%1 × %2 = <b>%3</b> (plus the shop's fee)")
                               .arg(n)
                               .arg(Language::rupiah(price), Language::rupiah(n * price)));
}

void AccountPage::updateAccount()
{
    AccountSession &account = m_workspace.account();
    const bool signedIn = account.state() == AccountSession::State::SignedIn;
    QString summary;
    if (signedIn) {
        summary = tr("Signed in as %1 (%2).").arg(account.displayName(), account.user());
        if (account.hasBalance())
            summary
                += u' ' + tr("You have %n e-Meterai left.", nullptr, int(account.balance().saldo));
    } else if (account.state() == AccountSession::State::SigningIn) {
        summary = tr("Signing in…");
    } else if (account.state() == AccountSession::State::Failed) {
        summary = account.lastFailure().message;
    } else {
        summary = tr("Sign in to a distributor account to see and buy quota. Opening, placing "
                     "and checking documents work without signing in.");
    }
    m_summary->setText(summary);
    m_signIn->setVisible(!account.profile().demo && !signedIn);
    // Without its journal Bubuh could not remember a payment, so it does not buy.
    m_buy->setEnabled(signedIn && m_workspace.ready(nullptr) && !m_workspace.purchase().active());
}

void AccountPage::prepareOrder(int quantity)
{
    if (m_workspace.purchase().mayBringQuota())
        return; // the order on this page may still bring the quota: no second one for it
    m_quantity->setValue(quantity);
    m_buy->setFocus(Qt::OtherFocusReason);
}

void AccountPage::buy()
{
    m_workspace.purchase().buy(m_quantity->value(), m_method->currentData().toString());
}

} // namespace bubuh
