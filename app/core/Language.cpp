#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bubuh::Language {

QString install(const QString &requested)
{
    // Bubuh's own strings, and (for Indonesian) Qt's buttons, dialogs and menus.
    static QList<QTranslator *> current;
    const QString language = requested == u"en" ? u"en"_s : u"id"_s;
    for (QTranslator *t : std::as_const(current)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    current.clear();
    for (const QString &catalogue : {u"bubuh_%1"_s, u"qt_%1"_s}) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(u":/i18n/"_s + catalogue.arg(language) + u".qm"_s)) {
            QCoreApplication::installTranslator(translator);
            current << translator;
        } else {
            delete translator; // English needs no catalogue for Qt's strings
        }
    }
    QLocale::setDefault(
        QLocale(language == u"en" ? QLocale::English : QLocale::Indonesian, QLocale::Indonesia));
    return language;
}

QString rupiah(qint64 amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return (amount < 0 ? u"-Rp"_s : u"Rp"_s) + digits;
}

QString dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime wib = at.toTimeZone(QTimeZone(7 * 3600));
    return QLocale().toString(wib, u"d MMMM yyyy, HH.mm"_s) + u" WIB"_s;
}

} // namespace bubuh::Language
