#pragma once

namespace bubuh {

// Keeps what is typed from showing while it is in scope, when input comes from a terminal:
// a password typed at "bubuh-cli login" is not echoed (nor left on the screen). Restores the
// terminal as it was. Does nothing for a pipe or a file.
class TerminalEcho
{
public:
    // fd: the POSIX file descriptor of the input (standard input unless a test gives a pty);
    // on Windows, the console's standard input is used.
    explicit TerminalEcho(int fd = 0);
    ~TerminalEcho();
    TerminalEcho(const TerminalEcho &) = delete;
    TerminalEcho &operator=(const TerminalEcho &) = delete;

    bool isTerminal() const { return m_terminal; }

private:
    int m_fd;
    bool m_terminal = false;
    unsigned long m_saved = 0; // the echo flags (POSIX c_lflag, or the Windows console mode)
};

} // namespace bubuh
