// bubuh: the desktop application.
#include "MainWindow.h"
#include "core/Language.h"
#include "core/Settings.h"
#include "demo/DemoService.h"
#include "journal/Journal.h"
#include "session/SingleInstance.h"
#include "session/Workspace.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

int runWindow(const QCommandLineParser &parser, bubuh::SingleInstance &instance,
              const QStringList &files, bool demoAsked)
{
    QSettings settings;
    bubuh::Language::install(
        parser.isSet(u"lang"_s)
            ? parser.value(u"lang"_s)
            : bubuh::Settings(settings).value(bubuh::Settings::Key::Language).toString());

    bubuh::DemoService demo;
    bubuh::ServiceProfile profile = bubuh::ServiceProfile::load(settings);
    if (demoAsked || profile.demo
        || bubuh::Settings(settings).value(bubuh::Settings::Key::DemoMode).toBool()) {
        QString error;
        if (!demo.start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Bubuh"), error);
            return 1;
        }
        profile = demo.profile();
    }
    // Demo mode trusts the simulator's root, so its stamps check out (labelled simulated).
    bubuh::Workspace workspace(profile, settings, {demo.rootCertificatePem()});
    bubuh::AccountSession &session = workspace.account();
    bubuh::MainWindow window(workspace, settings);
    window.show();
    QObject::connect(&instance, &bubuh::SingleInstance::filesReceived, &window,
                     [&window](const QStringList &received) {
                         if (!received.isEmpty())
                             window.openDocuments(received);
                         window.raise();
                         window.activateWindow();
                     });
    if (!files.isEmpty())
        window.openDocuments(files);
    if (parser.isSet(u"screenshot"_s)) {
        // For the README's pictures: give rendering and sign-in a moment, then capture.
        QTimer::singleShot(4000, &window, [&window, file = parser.value(u"screenshot"_s)] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (profile.demo)
        session.signIn(QString::fromLatin1(bubuh::DemoService::kUser),
                       QString::fromLatin1(bubuh::DemoService::kPassword));
    else // a remembered password signs in by itself; otherwise step 1 offers to sign in
        session.signInWithStoredPassword(profile.savedUser(settings));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"bubuh.*.debug=false"_s);
    QApplication::setApplicationName(u"Bubuh"_s);
    QApplication::setOrganizationName(u"Bubuh"_s);
    QApplication::setOrganizationDomain(u"bubuh.id"_s);
    QApplication::setApplicationVersion(QStringLiteral(BUBUH_VERSION));
    QApplication::setDesktopFileName(u"id.bubuh.Bubuh"_s);
    QApplication::setWindowIcon(bubuh::icon(bubuh::Icon::Application)); // every window, dialog

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Bubuh: buy e-Meterai quota and stamp PDF documents."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, u"Demo mode: use the built-in e-Meterai simulator."_s},
        {u"lang"_s, u"Interface language: id (default) or en."_s, u"LANG"_s},
        {u"screenshot"_s, u"Save a picture of the window to FILE after it settles, then quit."_s,
         u"FILE"_s},
    });
    parser.addPositionalArgument(u"files"_s, u"PDF documents to open."_s, u"[FILE.pdf...]"_s);
    parser.process(app);

    // A second `bubuh FILE.pdf` hands its files to the window that runs, and ends here.
    bubuh::SingleInstance instance(bubuh::Journal::defaultFolder());
    switch (parser.isSet(u"screenshot"_s) ? bubuh::SingleInstance::Role::Primary
                                          : instance.start(parser.positionalArguments())) {
    case bubuh::SingleInstance::Role::Primary: break;
    case bubuh::SingleInstance::Role::Forwarded:
        if (parser.isSet(u"demo"_s)) // the running window has its own mode: say so
            QMessageBox::information(
                nullptr, QApplication::translate("main", "Bubuh"),
                QApplication::translate("main",
                                        "Bubuh is already open. To try the demo, close "
                                        "that window first, then start the demo."));
        return 0;
    case bubuh::SingleInstance::Role::Unanswered:
        QMessageBox::warning(
            nullptr, QApplication::translate("main", "Bubuh"),
            QApplication::translate("main",
                                    "Bubuh is already open, but its window does not answer. "
                                    "Wait a moment and try again, or close it first."));
        return 1;
    }

    // "Try the demo" (and whatever else needs a fresh start) ends the window with
    // kRestartExitCode: it is built again, in this process, which stays the one instance.
    QStringList files = parser.positionalArguments();
    for (bool demoAsked = parser.isSet(u"demo"_s);;) {
        const int code = runWindow(parser, instance, files, demoAsked);
        if (code != bubuh::MainWindow::kRestartExitCode)
            return code;
        files.clear();
        demoAsked = false; // the settings say it now
    }
}
