#include "AccountPage.h"

#include "account/OrderPanel.h"
#include "core/Language.h"
#include "session/Workspace.h"
#include "widgets/Icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Account and quota")), this));
    layout->addLayout(accountRow);
    layout->addWidget(buyBox);
    layout->addWidget(
        new OrderPanel(workspace.purchase(), workspace.account().profile().demo, this));
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

void AccountPage::buy()
{
    m_workspace.purchase().buy(m_quantity->value(), m_method->currentData().toString());
}

} // namespace bubuh
