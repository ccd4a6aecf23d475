#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace bubuh {

class AccountSession;
class DocumentsPage;
class OpenDocuments;
class PositionPage;

// The application's one window: the four steps of design.md on the left, the current step in
// the middle, and the account, quota and service state always visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountSession *session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Step { AccountStep, DocumentStep, PlacementStep, StampStep };
    void showStep(Step step);
    // Opens documents (menu, command line, drag and drop); the last usable one is shown.
    void openDocuments(const QStringList &paths);
    OpenDocuments &documents() { return *m_documents; }
    PositionPage *positionPage() const { return m_positionPage; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *makeStepPage(const QString &title, const QString &description);
    void updateStatus();
    void chooseFiles();

    AccountSession *m_session;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QLabel *m_accountLabel;
    QLabel *m_quotaLabel;
    QLabel *m_serviceLabel;
    QLabel *m_accountSummary;
    OpenDocuments *m_documents;
    DocumentsPage *m_documentsPage;
    PositionPage *m_positionPage;
};

} // namespace bubuh
