#include "MainWindow.h"

#include "document/DocumentsPage.h"
#include "document/OpenDocuments.h"
#include "document/PositionPage.h"
#include "session/AccountSession.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

MainWindow::~MainWindow() = default;

MainWindow::MainWindow(AccountSession *session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_accountSummary(new QLabel(this))
    , m_documents(new OpenDocuments(settings, this))
    , m_documentsPage(new DocumentsPage(*m_documents, this))
    , m_positionPage(new PositionPage(*m_documents, this))
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
    m_pages->addWidget(m_documentsPage);
    m_pages->addWidget(m_positionPage);
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
    connect(m_documentsPage, &DocumentsPage::openRequested, this, &MainWindow::chooseFiles);
    connect(m_documentsPage, &DocumentsPage::documentChosen, this, [this](int index) {
        m_positionPage->showDocument(index);
        showStep(PlacementStep);
    });

    m_documents->setPasswordPrompt([this](const QString &path) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            this, tr("Protected document"),
            tr("%1 is protected with a password. Enter it to look at the document; it is not "
               "stored. (To stamp it, save a copy without a password first.)")
                .arg(QFileInfo(path).fileName()),
            QLineEdit::Password, QString(), &ok);
        return ok ? password : QString();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open PDF…"), this, &MainWindow::chooseFiles);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    setAcceptDrops(true);
    connect(m_session, &AccountSession::changed, this, &MainWindow::updateStatus);
    showStep(AccountStep);
    updateStatus();
    resize(1180, 800);
}

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open PDF documents"), QString(), tr("PDF documents (*.pdf *.PDF)"));
    if (!paths.isEmpty())
        openDocuments(paths);
}

void MainWindow::openDocuments(const QStringList &paths)
{
    int usable = -1;
    for (const QString &path : paths) {
        const int index = m_documents->open(path);
        if (index >= 0)
            usable = index;
    }
    if (usable >= 0) {
        m_positionPage->showDocument(usable);
        showStep(paths.size() == 1 ? PlacementStep : DocumentStep);
    } else {
        showStep(DocumentStep); // the list says what is wrong
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    openDocuments(paths);
    event->acceptProposedAction();
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
