#include "MainWindow.h"

#include "account/AccountPage.h"
#include "account/SignInDialog.h"
#include "core/Clock.h"
#include "core/Settings.h"
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
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/Notifier.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

MainWindow::~MainWindow() = default;

MainWindow::MainWindow(Workspace &workspace, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_steps(new QListWidget(this))
    , m_nextAction(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_quotaLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_deadlineLabel(new QLabel(this))
    , m_deadlineBanner(new QWidget(this))
    , m_deadlineText(new QLabel(m_deadlineBanner))
    , m_deadlineAction(new QPushButton(m_deadlineBanner))
    , m_notifier(new Notifier(this))
    , m_documents(new OpenDocuments(settings, this))
    , m_accountPage(new AccountPage(workspace, this))
    , m_documentsPage(new DocumentsPage(*m_documents, workspace, this))
    , m_positionPage(new PositionPage(*m_documents, this))
    , m_stampPage(new StampPage(workspace, *m_documents, this))
{
    setWindowTitle(tr("Bubuh: e-Meterai"));
    setObjectName(u"mainWindow"_s);

    m_steps->setObjectName(u"stepListWidget"_s);
    m_steps->setAccessibleName(tr("Steps"));
    for (int i = 0; i < stepTitles().size(); ++i)
        m_steps->addItem(QString());
    m_steps->setSpacing(fontMetrics().height() / 4);
    m_steps->setIconSize(QSize(24, 24));
    m_steps->setWordWrap(true);
    m_steps->setUniformItemSizes(false);
    // Wide enough for the longest title and summary, so they are never cut.
    m_steps->setFixedWidth(28 * fontMetrics().averageCharWidth() + 24);
    m_nextAction->setObjectName(u"nextActionButton"_s);
    m_nextAction->setIcon(icon(Icon::StateNext));
    m_nextAction->setToolTip(tr("The next thing to do"));
    m_nextAction->setFixedWidth(m_steps->width());

    m_pages->addWidget(m_accountPage);
    m_pages->addWidget(m_documentsPage);
    m_pages->addWidget(m_positionPage);
    m_pages->addWidget(m_stampPage);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    auto *side = new QVBoxLayout;
    side->addWidget(m_steps, 1);
    side->addWidget(m_nextAction);
    layout->addLayout(side);
    // A warning about the deadline stands above whichever page is shown.
    m_deadlineBanner->setObjectName(u"deadlineBanner"_s);
    m_deadlineText->setObjectName(u"deadlineWarningLabel"_s);
    m_deadlineText->setTextFormat(Qt::PlainText);
    m_deadlineText->setWordWrap(true);
    m_deadlineAction->setObjectName(u"deadlineActionButton"_s);
    m_deadlineBanner->setAutoFillBackground(true);
    {
        QPalette warning = m_deadlineBanner->palette();
        warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // amber, dark text
        warning.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
        m_deadlineBanner->setPalette(warning);
    }
    auto *bannerLayout = new QHBoxLayout(m_deadlineBanner);
    auto *warningIcon = new QLabel(m_deadlineBanner);
    warningIcon->setPixmap(icon(Icon::StateWarning).pixmap(QSize(24, 24), devicePixelRatioF()));
    bannerLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_deadlineText, 1);
    bannerLayout->addWidget(m_deadlineAction, 0, Qt::AlignVCenter);
    m_deadlineBanner->hide();
    auto *main = new QVBoxLayout;
    main->addWidget(m_deadlineBanner);
    main->addWidget(m_pages, 1);
    layout->addLayout(main, 1);
    setCentralWidget(central);

    m_accountLabel->setObjectName(u"accountStatusLabel"_s);
    m_quotaLabel->setObjectName(u"quotaStatusLabel"_s);
    m_serviceLabel->setObjectName(u"serviceStatusLabel"_s);
    for (QLabel *label : {m_accountLabel, m_quotaLabel, m_serviceLabel})
        label->setTextFormat(Qt::PlainText); // names and messages from the service
    m_deadlineLabel->setObjectName(u"deadlineStatusLabel"_s);
    m_deadlineLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_serviceLabel, 1);
    statusBar()->addPermanentWidget(m_deadlineLabel);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_quotaLabel);

    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A screen reader selects an item without making it current: the page follows either.
    connect(m_steps, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_steps->selectedItems();
        if (!selected.isEmpty())
            m_steps->setCurrentItem(selected.first());
    });
    connect(m_nextAction, &QPushButton::clicked, this, &MainWindow::takeNextAction);
    connect(m_deadlineAction, &QPushButton::clicked, this, &MainWindow::takeDeadlineAction);
    connect(m_accountPage, &AccountPage::deadlineChanged, this, &MainWindow::updateDeadline);
    connect(m_accountPage, &AccountPage::demoRequested, this, [this] {
        if (m_workspace.purchase().active() || m_workspace.stamping().running()) {
            Dialogs::message(this, QMessageBox::Information, tr("Try the demo"),
                             tr("An order or a stamp is under way. Let it finish (or stop "
                                "waiting in step 1), then try the demo."));
            return;
        }
        Settings(m_settings).setValue(Settings::Key::DemoMode, true);
        QCoreApplication::exit(kRestartExitCode);
    });
    auto *minute = new QTimer(this); // the time left, and what a wait would make of it
    connect(minute, &QTimer::timeout, this, [this] {
        m_accountPage->updateDeadline();
        updateDeadline();
    });
    minute->start(30'000);
    connect(m_stampPage, &StampPage::planChanged, this, &MainWindow::updateGuide);
    connect(m_stampPage, &StampPage::buyRequested, this, [this](int quantity) {
        m_accountPage->prepareOrder(quantity);
        showStep(AccountStep);
    });
    connect(m_documentsPage, &DocumentsPage::openRequested, this, &MainWindow::chooseFiles);
    connect(m_positionPage, &PositionPage::openRequested, this, &MainWindow::chooseFiles);
    connect(m_stampPage, &StampPage::openRequested, this, &MainWindow::chooseFiles);
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
        QInputDialog prompt(this);
        prompt.setObjectName(u"documentPasswordDialog"_s);
        prompt.setWindowTitle(tr("Protected document"));
        prompt.setLabelText(
            tr("%1 is protected with a password. Enter it to look at the document; it is not "
               "stored. (To stamp it, save a copy without a password first.)")
                .arg(QFileInfo(path).fileName()));
        prompt.setTextEchoMode(QLineEdit::Password);
        return Dialogs::exec(prompt) == QDialog::Accepted ? prompt.textValue() : QString();
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
        m_stampStatus = status;
        updateStatus();
    });
    connect(&workspace.stamping(), &StampBatch::finished, this,
            [this](int saved, int notSaved, const Failure &refusal) {
                m_serviceActivity.clear();
                m_stampStatus.reset();
                updateStatus();
                if (!refusal.message.isEmpty())
                    m_notifier->notify(tr("Not stamped"), refusal.message, Notifier::Kind::Warning);
                else if (notSaved == 0)
                    m_notifier->notify(
                        tr("Stamped"),
                        tr("%n document(s) stamped, checked and saved.", nullptr, saved));
                else
                    m_notifier->notify(tr("Stamping needs you"),
                                       tr("%1 of %n document(s) stamped; step 4 says why the "
                                          "others are not.",
                                          nullptr, saved + notSaved)
                                           .arg(saved),
                                       Notifier::Kind::Warning);
            });
    connect(&purchase, &PurchaseSession::changed, this, &MainWindow::notifyPurchase);
    connect(&purchase, &PurchaseSession::finished, this,
            [this](FlowEnding ending, const Failure &failure) {
                if (ending == FlowEnding::Done)
                    m_notifier->notify(tr("Quota arrived"),
                                       tr("%n e-Meterai added to your quota.", nullptr,
                                          m_workspace.purchase().order().quantity));
                else if (ending != FlowEnding::NotFinished)
                    m_notifier->notify(tr("The order needs you"), failure.message,
                                       Notifier::Kind::Warning);
            });
    connect(&account, &AccountSession::changed, this, &MainWindow::updateGuide);
    connect(&purchase, &PurchaseSession::changed, this, &MainWindow::updateGuide);
    connect(&workspace.stamping(), &StampBatch::entryChanged, this, &MainWindow::updateGuide);
    connect(&workspace.stamping(), &StampBatch::finished, this, &MainWindow::updateGuide);
    connect(&purchase, &PurchaseSession::changed, this, &MainWindow::updateDeadline);
    connect(m_stampPage, &StampPage::planChanged, this, &MainWindow::updateDeadline);
    connect(&workspace.stamping(), &StampBatch::status, this, &MainWindow::updateDeadline);
    setWindowIcon(icon(Icon::Application));
    showStep(AccountStep);
    updateStatus();
    updateGuide();
    updateDeadline();
    resize(1180, 800);
    if (QString problem; !workspace.ready(&problem))
        Dialogs::message(this, QMessageBox::Critical, tr("Bubuh"), problem);
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
    settings->setObjectName(u"settingsAction"_s);
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
    const QStringList paths = Dialogs::openFileNames(this, tr("Open PDF documents"), QString(),
                                                     tr("PDF documents (*.pdf *.PDF)"));
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
        : Dialogs::openFileNames(this, tr("Photos or scans for one PDF"), QString(),
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
    const ServiceProfile &profile = m_workspace.account().profile();
    SignInDialog dialog(profile.savedUser(m_settings), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted || dialog.user().isEmpty())
        return;
    profile.saveUser(m_settings, dialog.user());
    m_workspace.account().signIn(dialog.user(), dialog.password(), dialog.remember());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    Dialogs::exec(dialog);
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

MainWindow::Step MainWindow::currentStep() const
{
    return Step(m_pages->currentIndex());
}

void MainWindow::updateGuide()
{
    const AccountSession &account = m_workspace.account();
    const PurchaseSession &purchase = m_workspace.purchase();
    StepGuide::Facts facts;
    using A = StepGuide::Facts::Account;
    switch (account.state()) {
    case AccountSession::State::SignedOut: facts.account = A::SignedOut; break;
    case AccountSession::State::SigningIn: facts.account = A::SigningIn; break;
    case AccountSession::State::SignedIn: facts.account = A::SignedIn; break;
    case AccountSession::State::Failed: facts.account = A::Failed; break;
    }
    if (account.hasBalance())
        facts.quota = account.balance().saldo;
    facts.buying = purchase.active();
    facts.awaitingPayment = purchase.awaitingPayment();
    facts.orderTroubled = purchase.paidWithoutQuota();
    facts.workspaceReady = m_workspace.ready(nullptr);
    facts.documentsOpen = m_documents->count();
    facts.rows = m_stampPage->rows();
    const StampBatch &batch = m_workspace.stamping();
    facts.stamping = batch.running();
    for (const StampBatch::Entry &e : batch.entries()) {
        if (e.job.state == JobState::Saved)
            ++facts.stampedThisRun;
        else if (e.done && e.job.state != JobState::Cancelled)
            ++facts.notStampedThisRun;
    }
    const StepGuide guide(facts);
    const QStringList titles = stepTitles();
    for (int step = AccountStep; step <= StampStep; ++step) {
        const StepGuide::StepState state = guide.state(StepGuide::Step(step));
        QListWidgetItem *item = m_steps->item(step);
        const QString title = QString(titles.at(step)).replace(u"&&"_s, u"&"_s);
        item->setText(title + u'\n' + state.summary);
        const auto [which, word] = [&]() -> std::pair<Icon, QString> {
            switch (state.state) {
            case StepGuide::State::Done: return {Icon::StateOk, tr("done")};
            case StepGuide::State::Attention: return {Icon::StateWarning, tr("needs attention")};
            case StepGuide::State::Next: return {Icon::StateNext, tr("next")};
            case StepGuide::State::Working: return {Icon::StateNote, tr("in progress")};
            case StepGuide::State::Later: return {Icon::StateLater, tr("not yet")};
            }
            return {Icon::StateLater, QString()};
        }();
        item->setIcon(icon(which));
        // Read as one sentence: the step, its state in words (not only its icon), the summary.
        item->setData(Qt::AccessibleTextRole, tr("%1, %2: %3").arg(title, word, state.summary));
        item->setToolTip(tr("%1: %2").arg(word, state.summary));
    }
    m_next = guide.next();
    m_nextAction->setText(m_next.label);
    m_nextAction->setEnabled(m_next.kind != StepGuide::ActionKind::None);
}

void MainWindow::notifyPurchase()
{
    const PurchaseSession &purchase = m_workspace.purchase();
    const std::optional<FlowStatus::Phase> phase
        = purchase.active() ? std::optional(purchase.status().phase) : std::nullopt;
    using Phase = FlowStatus::Phase;
    if (m_purchasePhase == Phase::Queued && phase && *phase != Phase::Queued)
        m_notifier->notify(tr("Your turn"),
                           tr("The waiting room let you in; Bubuh is placing the order."));
    if (m_purchasePhase == Phase::WaitingForPayment && phase == Phase::WaitingForQuota)
        m_notifier->notify(tr("Paid"), tr("The payment arrived; Bubuh is waiting for the quota."));
    m_purchasePhase = phase;
}

void MainWindow::updateDeadline()
{
    const Deadline deadline = Deadline::load(m_settings);
    const QDateTime now = m_workspace.clock().now();
    m_deadlineLabel->setText(deadline.isSet() ? tr("Deadline: %1").arg(deadline.timeLeft(now))
                                              : QString());
    m_deadlineLabel->setToolTip(deadline.label());
    m_deadlineLabel->setVisible(deadline.isSet());
    const PurchaseSession &purchase = m_workspace.purchase();
    const FlowStatus purchaseStatus = purchase.status();
    Deadline::Situation situation;
    situation.purchase = purchase.active() ? &purchaseStatus : nullptr;
    situation.stamping = m_stampStatus ? &*m_stampStatus : nullptr;
    situation.paidWithoutQuota = purchase.paidWithoutQuota();
    situation.workLeft
        = purchase.active() || m_workspace.stamping().running() || m_stampPage->readyCount() > 0;
    situation.distributorContact = m_workspace.account().profile().contact(m_settings);
    const Deadline::Warning warning = deadline.warning(now, situation);
    using Kind = Deadline::Warning::Kind;
    if (warning.kind != m_deadlineWarning && warning.kind != Kind::None) {
        m_notifier->notify(tr("Upload deadline"), warning.text, Notifier::Kind::Warning);
        if (warning.kind == Kind::PaidQuotaLate && m_evidenceBroughtFor != deadline.at()) {
            m_evidenceBroughtFor = deadline.at(); // once per deadline: never a trap in step 1
            showStep(AccountStep);                // the order and its evidence, to the front
        }
    }
    m_deadlineWarning = warning.kind;
    m_deadlineText->setText(warning.text);
    m_deadlineAction->setText(warning.kind == Kind::PaidQuotaLate
                                  ? tr("&Export the evidence…")
                                  : tr("Choose another &distributor…"));
    m_deadlineAction->setVisible(warning.kind == Kind::PaidQuotaLate
                                 || warning.kind == Kind::WaitPassesDeadline);
    m_deadlineBanner->setVisible(warning.kind != Kind::None);
}

void MainWindow::takeDeadlineAction()
{
    if (m_deadlineWarning == Deadline::Warning::Kind::PaidQuotaLate) {
        showStep(AccountStep);
        m_accountPage->exportEvidence();
    } else {
        showSettings();
    }
}

void MainWindow::takeNextAction()
{
    using Kind = StepGuide::ActionKind;
    switch (m_next.kind) {
    case Kind::SignIn:
        showStep(AccountStep);
        signIn();
        return;
    case Kind::Open: chooseFiles(); return;
    case Kind::Buy:
        m_accountPage->prepareOrder(m_next.quantity);
        showStep(AccountStep);
        return;
    case Kind::Stamp:
        if (m_pages->currentIndex() == StampStep)
            m_stampPage->stampAll();
        else
            showStep(StampStep); // the applicant sees the types and places before spending
        return;
    case Kind::Pay:
    case Kind::SeeOrder:
    case Kind::FixDocuments:
    case Kind::MoveStamp:
    case Kind::Check:
    case Kind::None: showStep(Step(m_next.step)); return;
    }
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
