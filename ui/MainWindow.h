#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace bubuh {

class AccountPage;
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
    void showStep(Step step);
    // Opens documents (menu, command line, drag and drop); the last usable one is shown.
    void openDocuments(const QStringList &paths);
    OpenDocuments &documents() { return *m_documents; }
    PositionPage *positionPage() const { return m_positionPage; }
    StampPage *stampPage() const { return m_stampPage; }
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
    void createMenus();
    void updateStatus();
    void chooseFiles();
    void signIn();
    void showSettings();
    void showAbout();

    Workspace &m_workspace;
    QSettings &m_settings;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QLabel *m_accountLabel;
    QLabel *m_quotaLabel;
    QLabel *m_serviceLabel;
    OpenDocuments *m_documents;
    AccountPage *m_accountPage;
    DocumentsPage *m_documentsPage;
    PositionPage *m_positionPage;
    StampPage *m_stampPage;
    QString m_serviceActivity; // what the service is doing for us now (queue, retries)
};

} // namespace bubuh
