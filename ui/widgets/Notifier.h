#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace bubuh {

// Tells an applicant who switched to another window that a long wait has ended (admitted,
// paid, stamped, failed): a message from the tray where the desktop has one, otherwise the
// window asks for attention in the task bar. Nothing is shown while the window is in front,
// where the page already says it.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QWidget *window);

    enum class Kind { Information, Warning };
    void notify(const QString &title, const QString &text, Kind kind = Kind::Information);
    // The last notification given (shown or not), for tests and for the status bar's history.
    QString last() const { return m_last; }

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
};

} // namespace bubuh
