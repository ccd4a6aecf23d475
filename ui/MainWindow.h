#pragma once

#include "flow/Deadline.h"
#include "flow/FlowStatus.h"
#include "flow/StepGuide.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace bubuh {

class AccountPage;
class Notifier;
class DocumentsPage;
class OpenDocuments;
class PositionPage;
class StampPage;
class Workspace;

// The application's one window: the four steps of design.md on the left, the current step in
// the middle, and the account, quota and service state always visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Step { AccountStep, DocumentStep, PlacementStep, StampStep };
    // The exit code with which the window asks main() to build it again (in demo mode, after
    // "Try the demo"), without a second process.
    static constexpr int kRestartExitCode = 0x4255; // "BU"
    void showStep(Step step);
    Step currentStep() const;
    // Opens documents (menu, command line, drag and drop); the last usable one is shown.
    void openDocuments(const QStringList &paths);
    OpenDocuments &documents() { return *m_documents; }
    PositionPage *positionPage() const { return m_positionPage; }
    StampPage *stampPage() const { return m_stampPage; }
    const Notifier &notifier() const { return *m_notifier; }
    // "Periksa e-Meterai" for path (empty: let the person choose).
    void showVerification(const QString &path);
    // Perkecil for an open document: the smaller copy, once saved, is opened in its place.
    void shrinkDocument(int index);
    // Buat PDF dari foto for images (empty: let the person choose); the PDF is then opened.
    void makePdfFromPhotos(const QStringList &images);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QStringList stepTitles();
    // The side list's states and summaries and the next-action button, from StepGuide.
    void updateGuide();
    void takeNextAction();
    // The time left to the upload deadline, and a warning when a wait would pass it.
    void updateDeadline();
    void takeDeadlineAction();
    // Long waits that end are told to an applicant in another window.
    void notifyPurchase();
    void createMenus();
    void updateStatus();
    void chooseFiles();
    void signIn();
    void showSettings();
    void showAbout();

    Workspace &m_workspace;
    QSettings &m_settings;
    QListWidget *m_steps;
    QPushButton *m_nextAction;
    QStackedWidget *m_pages;
    QLabel *m_accountLabel;
    QLabel *m_quotaLabel;
    QLabel *m_serviceLabel;
    QLabel *m_deadlineLabel;
    QWidget *m_deadlineBanner;
    QLabel *m_deadlineText;
    QPushButton *m_deadlineAction;
    Deadline::Warning::Kind m_deadlineWarning = Deadline::Warning::Kind::None;
    Notifier *m_notifier;
    std::optional<FlowStatus> m_stampStatus; // the batch's while it waits
    std::optional<FlowStatus::Phase> m_purchasePhase;
    QDateTime m_evidenceBroughtFor; // the deadline for which step 1 was brought to the front
    OpenDocuments *m_documents;
    AccountPage *m_accountPage;
    DocumentsPage *m_documentsPage;
    PositionPage *m_positionPage;
    StampPage *m_stampPage;
    QString m_serviceActivity; // what the service is doing for us now (queue, retries)
    StepGuide::Action m_next;
};

} // namespace bubuh
