#include "Notifier.h"

#include "Icons.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace bubuh {

Notifier::Notifier(QWidget *window) : QObject(window), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(icon(Icon::Application), this);
        m_tray->setToolTip(u"Bubuh"_s);
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
}

void Notifier::notify(const QString &title, const QString &text, Kind kind)
{
    m_last = title + u": "_s + text;
    if (m_window->isActiveWindow())
        return;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->show();
        m_tray->showMessage(title, text,
                            kind == Kind::Warning ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information,
                            15'000);
    } else {
        QApplication::alert(m_window);
    }
}

} // namespace bubuh
