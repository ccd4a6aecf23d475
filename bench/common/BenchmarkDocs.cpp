#include "BenchmarkDocs.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bench {

bool replaceSection(const QString &path, const QString &name, const QString &content)
{
    QString text;
    QFile in(path);
    if (in.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(in.readAll());
    if (text.isEmpty())
        text
            = u"# Benchmarks\n\nWritten by the benchmarks in `bench/`; each section is replaced by its own run.\n"_s;
    const QString begin = u"<!-- %1:begin -->"_s.arg(name), end = u"<!-- %1:end -->"_s.arg(name);
    const QString block = begin + u'\n' + content.trimmed() + u'\n' + end;
    const qsizetype b = text.indexOf(begin), e = text.indexOf(end);
    if (b >= 0 && e > b)
        text.replace(b, e + end.size() - b, block);
    else
        text += u'\n' + block + u'\n';
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(text.toUtf8());
    return out.commit();
}

} // namespace bench
