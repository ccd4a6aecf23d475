#include "MainWindow.h"

#include "session/AccountSession.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_accountSummary(new QLabel(this))
{
    setWindowTitle(tr("Bubuh: e-Meterai"));
    setObjectName(u"mainWindow"_s);

    m_steps->setObjectName(u"stepListWidget"_s);
    m_steps->setAccessibleName(tr("Steps"));
    const QStringList steps = {tr("1. Account && quota"), tr("2. Documents"), tr("3. Position"),
                               tr("4. Stamp && check")};
    for (const QString &s : steps)
        m_steps->addItem(QString(s).replace(u"&&"_s, u"&"_s));
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 4 * fontMetrics().averageCharWidth());

    m_accountSummary->setObjectName(u"accountSummaryLabel"_s);
    m_accountSummary->setWordWrap(true);
    m_accountSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *accountPage = new QWidget(this);
    auto *accountLayout = new QVBoxLayout(accountPage);
    auto *accountTitle = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Account and quota")), accountPage);
    accountLayout->addWidget(accountTitle);
    accountLayout->addWidget(m_accountSummary);
    accountLayout->addStretch();
    m_pages->addWidget(accountPage);
    m_pages->addWidget(makeStepPage(
        tr("Documents"),
        tr("Open the PDF documents to stamp. Everything in this step works offline.")));
    m_pages->addWidget(
        makeStepPage(tr("Position"), tr("Drag the stamp to where it belongs on the page.")));
    m_pages->addWidget(makeStepPage(
        tr("Stamp and check"),
        tr("Stamp the documents, check the result offline, and save it next to the original.")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_accountLabel->setObjectName(u"accountStatusLabel"_s);
    m_quotaLabel->setObjectName(u"quotaStatusLabel"_s);
    m_serviceLabel->setObjectName(u"serviceStatusLabel"_s);
    statusBar()->addWidget(m_serviceLabel, 1);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_quotaLabel);

    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_session, &AccountSession::changed, this, &MainWindow::updateStatus);
    showStep(AccountStep);
    updateStatus();
    resize(960, 640);
}

QWidget *MainWindow::makeStepPage(const QString &title, const QString &description)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(title.toHtmlEscaped()), page));
    auto *text = new QLabel(description, page);
    text->setWordWrap(true);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

void MainWindow::showStep(Step step)
{
    m_steps->setCurrentRow(step);
}

void MainWindow::updateStatus()
{
    const ServiceProfile &profile = m_session->profile();
    const QString where = profile.demo
        ? tr("Demo mode: simulator at %1").arg(profile.backend.authority())
        : profile.backend.host();
    switch (m_session->state()) {
    case AccountSession::State::SignedOut:
        m_serviceLabel->setText(where);
        m_accountLabel->setText(tr("Not signed in"));
        break;
    case AccountSession::State::SigningIn:
        m_serviceLabel->setText(tr("%1 · connecting…").arg(where));
        m_accountLabel->setText(tr("Signing in as %1…").arg(m_session->user()));
        break;
    case AccountSession::State::SignedIn:
        m_serviceLabel->setText(tr("%1 · connected").arg(where));
        m_accountLabel->setText(tr("Signed in: %1").arg(m_session->user()));
        break;
    case AccountSession::State::Failed:
        m_serviceLabel->setText(
            tr("%1 · problem: %2").arg(where, m_session->lastFailure().message));
        m_accountLabel->setText(m_session->user().isEmpty() ? tr("Not signed in")
                                                            : m_session->user());
        break;
    }
    if (m_session->hasBalance()) {
        const Balance b = m_session->balance();
        m_quotaLabel->setText(
            tr("Quota: %1 · waiting to be stamped: %2").arg(b.saldo).arg(b.notStamped));
    } else {
        m_quotaLabel->setText(tr("Quota: –"));
    }
    QString summary;
    if (m_session->state() == AccountSession::State::SignedIn) {
        summary = tr("Signed in as %1 (%2).").arg(m_session->displayName(), m_session->user());
        if (m_session->hasBalance())
            summary += u' '
                + tr("You have %n e-Meterai left.", nullptr, int(m_session->balance().saldo));
    } else if (m_session->state() == AccountSession::State::Failed) {
        summary = m_session->lastFailure().message;
    } else {
        summary = tr("Sign in to a distributor account to see and buy quota.");
    }
    m_accountSummary->setText(summary);
}

} // namespace bubuh
