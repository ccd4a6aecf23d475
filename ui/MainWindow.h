#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace bubuh {

class AccountSession;

// The application's one window: the four steps of design.md on the left, the current step in
// the middle, and the account, quota and service state always visible in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AccountSession *session, QWidget *parent = nullptr);

    enum Step { AccountStep, DocumentStep, PlacementStep, StampStep };
    void showStep(Step step);

private:
    QWidget *makeStepPage(const QString &title, const QString &description);
    void updateStatus();

    AccountSession *m_session;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QLabel *m_accountLabel;
    QLabel *m_quotaLabel;
    QLabel *m_serviceLabel;
    QLabel *m_accountSummary;
};

} // namespace bubuh
