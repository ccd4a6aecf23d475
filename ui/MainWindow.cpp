#include "MainWindow.h"

#include "account/AccountPage.h"
#include "document/DocumentsPage.h"
#include "document/OpenDocuments.h"
#include "document/PhotoPdfDialog.h"
#include "document/PositionPage.h"
#include "document/ShrinkDialog.h"
#include "pdf/UploadLimits.h"
#include "session/Workspace.h"
#include "settings/SettingsDialog.h"
#include "stamp/StampPage.h"
#include "stamp/VerifyDialog.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

MainWindow::~MainWindow() = default;

MainWindow::MainWindow(Workspace &workspace, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_steps(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_documents(new OpenDocuments(settings, this))
    , m_accountPage(new AccountPage(workspace, this))
    , m_documentsPage(new DocumentsPage(*m_documents, this))
    , m_positionPage(new PositionPage(*m_documents, this))
    , m_stampPage(new StampPage(workspace, *m_documents, this))
{
    setWindowTitle(tr("Bubuh: e-Meterai"));
    setObjectName(u"mainWindow"_s);

    m_steps->setObjectName(u"stepListWidget"_s);
    m_steps->setAccessibleName(tr("Steps"));
    const QStringList steps = stepTitles();
    for (const QString &s : steps)
        m_steps->addItem(QString(s).replace(u"&&"_s, u"&"_s));
    m_steps->setSpacing(fontMetrics().height() / 4);
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 4 * fontMetrics().averageCharWidth());

    m_pages->addWidget(m_accountPage);
    m_pages->addWidget(m_documentsPage);
    m_pages->addWidget(m_positionPage);
    m_pages->addWidget(m_stampPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_accountLabel->setObjectName(u"accountStatusLabel"_s);
    m_quotaLabel->setObjectName(u"quotaStatusLabel"_s);
    m_serviceLabel->setObjectName(u"serviceStatusLabel"_s);
    for (QLabel *label : {m_accountLabel, m_quotaLabel, m_serviceLabel})
        label->setTextFormat(Qt::PlainText); // names and messages from the service
    statusBar()->addWidget(m_serviceLabel, 1);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_quotaLabel);

    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_documentsPage, &DocumentsPage::openRequested, this, &MainWindow::chooseFiles);
    connect(m_documentsPage, &DocumentsPage::documentChosen, this, [this](int index) {
        m_positionPage->showDocument(index);
        showStep(PlacementStep);
    });
    connect(m_accountPage, &AccountPage::signInRequested, this, &MainWindow::signIn);
    connect(m_documentsPage, &DocumentsPage::shrinkRequested, this, &MainWindow::shrinkDocument);
    connect(m_documentsPage, &DocumentsPage::photosRequested, this,
            [this] { makePdfFromPhotos({}); });
    m_documents->setStampGrowthBytes(workspace.account().profile().stampGrowthBytes());
    connect(m_stampPage, &StampPage::verifyRequested, this, &MainWindow::showVerification);

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

    createMenus();
    setAcceptDrops(true);
    AccountSession &account = workspace.account();
    PurchaseSession &purchase = workspace.purchase();
    connect(&account, &AccountSession::changed, this, &MainWindow::updateStatus);
    connect(&purchase, &PurchaseSession::changed, this, [this] {
        const PurchaseSession &p = m_workspace.purchase();
        m_serviceActivity = p.active() && p.status().phase != FlowStatus::Phase::Working
            ? p.status().message
            : QString();
        updateStatus();
    });
    connect(&workspace.stamping(), &StampBatch::status, this, [this](const FlowStatus &status) {
        m_serviceActivity = status.phase == FlowStatus::Phase::Working ? QString() : status.message;
        updateStatus();
    });
    connect(&workspace.stamping(), &StampBatch::finished, this, [this] {
        m_serviceActivity.clear();
        updateStatus();
    });
    setWindowIcon(icon(Icon::Application));
    showStep(AccountStep);
    updateStatus();
    resize(1180, 800);
    if (QString problem; !workspace.ready(&problem))
        QMessageBox::critical(this, tr("Bubuh"), problem);
}

QStringList MainWindow::stepTitles()
{
    // "&&" is a plain ampersand in a menu; the step list shows it as "&".
    return {tr("1. Account && quota"), tr("2. Documents"), tr("3. Position"),
            tr("4. Stamp && check")};
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open PDF…"), this, &MainWindow::chooseFiles);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(icon(Icon::Open));
    QAction *verify
        = file->addAction(tr("&Check an e-Meterai…"), this, [this] { showVerification({}); });
    verify->setShortcut(QKeySequence(u"Ctrl+K"_s));
    verify->setIcon(icon(Icon::Verify));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(u"Ctrl+,"_s));
    settings->setIcon(icon(Icon::Settings));
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign o&ut"), this, [this] {
        m_workspace.account().signOut();
        statusBar()->showMessage(tr("Signed out. The token is forgotten on this computer."), 5000);
    });
    signOut->setObjectName(u"signOutAction"_s);
    QAction *forget = file->addAction(tr("&Forget the saved password"), this, [this] {
        const QString user = m_workspace.account().profile().savedUser(m_settings);
        m_workspace.account().forgetStoredPassword(user, [this](Result<bool> removed) {
            statusBar()->showMessage(
                removed ? tr("The saved password is removed from the system keychain.")
                        : tr("The saved password could not be removed: %1")
                              .arg(removed.failure().message),
                5000);
        });
    });
    forget->setObjectName(u"forgetPasswordAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(icon(Icon::Quit));

    QMenu *go = menuBar()->addMenu(tr("&Steps"));
    for (int step = AccountStep; step <= StampStep; ++step) {
        QAction *action
            = go->addAction(stepTitles().at(step), this, [this, step] { showStep(Step(step)); });
        action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(step + 1)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Bubuh"), this, &MainWindow::showAbout);
    about->setIcon(icon(Icon::Application));
}

void MainWindow::showAbout()
{
    // Not QMessageBox::about, which blocks: opened window-modal, it can be tested.
    auto *box = new QMessageBox(this);
    box->setObjectName(u"aboutBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Bubuh"));
    box->setIconPixmap(icon(Icon::Application).pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setText(
        tr("<p><b>Bubuh %1</b></p><p>Buys e-Meterai quota, places the stamp on your PDF and "
           "gets it stamped, waiting patiently when the service is busy. It never charges "
           "twice and never loses a paid order.</p><p>Demo mode uses a simulator: its "
           "stamps say SIMULASI - TIDAK SAH and have no legal value.</p>")
            .arg(QStringLiteral(BUBUH_VERSION)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
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

void MainWindow::shrinkDocument(int index)
{
    if (index < 0 || index >= m_documents->count())
        return;
    const OpenDocument &doc = m_documents->at(index);
    auto *dialog = new ShrinkDialog(doc.path, doc.bytes, doc.inspection.uploadLimitBytes,
                                    doc.inspection.stampGrowthBytes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString original = doc.path;
    connect(dialog, &QDialog::accepted, this, [this, dialog, original] {
        // The copy is the document now, for the same portal slot; the original is not stamped.
        UploadLimits::remember(m_settings, dialog->savedPath(),
                               int(Inspection::kilobytes(dialog->limitBytes())));
        m_documents->supersede(original, dialog->savedPath());
        openDocuments({dialog->savedPath()});
    });
    dialog->show();
}

void MainWindow::makePdfFromPhotos(const QStringList &images)
{
    const QStringList chosen = !images.isEmpty()
        ? images
        : QFileDialog::getOpenFileNames(this, tr("Photos or scans for one PDF"), QString(),
                                        tr("Images (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    if (chosen.isEmpty())
        return;
    const int kb = UploadLimits::defaultKb(m_settings);
    auto *dialog = new PhotoPdfDialog(chosen, qint64(kb) * 1024,
                                      m_workspace.account().profile().stampGrowthBytes(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kb] {
        UploadLimits::remember(m_settings, dialog->savedPath(), kb); // judged as it was made
        openDocuments({dialog->savedPath()});
    });
    dialog->show();
}

void MainWindow::showVerification(const QString &path)
{
    auto *dialog = new VerifyDialog(m_workspace.verifier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!path.isEmpty())
        dialog->check(path);
}

void MainWindow::signIn()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign in"));
    const ServiceProfile &profile = m_workspace.account().profile();
    auto *user = new QLineEdit(profile.savedUser(m_settings), &dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Your distributor account. With the box ticked the password is "
                                "kept in the system keychain (nowhere else), so that Bubuh signs "
                                "in by itself next time and carries on with unfinished orders."),
                             &dialog);
    intro->setWordWrap(true);
    auto *remember = new QCheckBox(tr("&Remember the password in the system keychain"), &dialog);
    remember->setChecked(true);
    form->addRow(intro);
    form->addRow(tr("&Account:"), user);
    form->addRow(tr("&Password:"), password);
    form->addRow(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (user->text().isEmpty())
        user->setFocus();
    else
        password->setFocus();
    if (dialog.exec() != QDialog::Accepted || user->text().trimmed().isEmpty())
        return;
    profile.saveUser(m_settings, user->text().trimmed());
    m_workspace.account().signIn(user->text().trimmed(), password->text(), remember->isChecked());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
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

void MainWindow::showStep(Step step)
{
    m_steps->setCurrentRow(step);
}

void MainWindow::updateStatus()
{
    const AccountSession &session = m_workspace.account();
    const ServiceProfile &profile = session.profile();
    const QString where = profile.demo
        ? tr("Demo mode: simulator at %1").arg(profile.backend.authority())
        : profile.id == ServiceProfile::kOther ? profile.backend.host()
                                               : profile.displayName();
    QString service;
    switch (session.state()) {
    case AccountSession::State::SignedOut:
        service = where;
        m_accountLabel->setText(tr("Not signed in"));
        break;
    case AccountSession::State::SigningIn:
        service = tr("%1 · connecting…").arg(where);
        m_accountLabel->setText(tr("Signing in as %1…").arg(session.user()));
        break;
    case AccountSession::State::SignedIn:
        service = tr("%1 · connected").arg(where);
        m_accountLabel->setText(tr("Signed in: %1").arg(session.user()));
        break;
    case AccountSession::State::Failed:
        service = tr("%1 · problem: %2").arg(where, session.lastFailure().message);
        m_accountLabel->setText(session.user().isEmpty() ? tr("Not signed in") : session.user());
        break;
    }
    if (!m_serviceActivity.isEmpty())
        service += u" · "_s + m_serviceActivity;
    m_serviceLabel->setText(service);
    if (session.hasBalance()) {
        const Balance b = session.balance();
        m_quotaLabel->setText(
            tr("Quota: %1 · waiting to be stamped: %2").arg(b.saldo).arg(b.notStamped));
    } else {
        m_quotaLabel->setText(tr("Quota: –"));
    }
}

} // namespace bubuh
