#include "CrashPoint.h"

#include <QHash>

#include <cstdlib>
#if defined(Q_OS_UNIX)
#include <csignal>
#endif

namespace bubuh::CrashPoint {

void reached(const QString &name)
{
#if !defined(BUBUH_CRASH_POINTS)
    Q_UNUSED(name); // a build without tests: nothing here can stop the process
#else
    static const QString armed = qEnvironmentVariable("BUBUH_CRASH_AT");
    if (armed.isEmpty())
        return;
    static QHash<QString, int> seen;
    const int count = ++seen[name];
    const qsizetype hash = armed.indexOf(u'#');
    const QString wanted = hash < 0 ? armed : armed.left(hash);
    const int nth = hash < 0 ? 1 : armed.mid(hash + 1).toInt();
    if (name != wanted || count != nth)
        return;
#if defined(Q_OS_UNIX)
    std::raise(SIGKILL); // as abrupt as a power cut: no destructors, no flushing
#endif
    std::_Exit(137);
#endif
}

} // namespace bubuh::CrashPoint
