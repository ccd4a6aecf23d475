#include "TerminalEcho.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace bubuh {

#ifdef Q_OS_WIN

TerminalEcho::TerminalEcho(int fd) : m_fd(fd)
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return;
    m_terminal = true;
    m_saved = mode;
    SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
}

TerminalEcho::~TerminalEcho()
{
    if (m_terminal)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_saved));
}

#else

TerminalEcho::TerminalEcho(int fd) : m_fd(fd)
{
    termios settings{};
    if (!isatty(m_fd) || tcgetattr(m_fd, &settings) != 0)
        return;
    m_terminal = true;
    m_saved = settings.c_lflag;
    settings.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(m_fd, TCSAFLUSH, &settings);
}

TerminalEcho::~TerminalEcho()
{
    termios settings{};
    if (!m_terminal || tcgetattr(m_fd, &settings) != 0)
        return;
    settings.c_lflag = tcflag_t(m_saved);
    tcsetattr(m_fd, TCSAFLUSH, &settings);
}

#endif

} // namespace bubuh
