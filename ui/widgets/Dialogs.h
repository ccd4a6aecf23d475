#pragma once

#include <QMessageBox>
#include <QStringList>
#include <functional>

class QDialog;
class QWidget;

namespace bubuh {

// Every modal question the window asks goes through here: file choosers, message boxes, and
// its own dialogs (sign-in, Settings). A test queues the next answer, in the manner of
// KeePassXC's MessageBox::setNextAnswer, and the whole flow runs through the real dialogs
// without a nested event loop waiting for a click that never comes.
namespace Dialogs {

// Answers a dialog that is shown (not run modally): fill it in, then either close it (its own
// accept(), which may check and save what was filled in) or return the result to close it with
// (QDialog::Accepted or Rejected; for a message box, the button).
using Answer = std::function<int(QDialog &dialog)>;
void setNextAnswer(Answer answer);
// The next message box is answered with this button.
void setNextButton(QMessageBox::StandardButton button);
// The next file chooser returns these (none: cancelled).
void setNextFiles(const QStringList &files);
// What the last message box said, answered or not.
QString lastMessage();
// Whether every queued answer was used (a test checks it, so that no answer meant for one
// dialog is taken by the next).
bool allAnswered();

// Runs dialog modally, or lets the queued answer answer it; returns its result.
int exec(QDialog &dialog);

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                          const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter);
QString existingFolder(QWidget *parent, const QString &caption);

QMessageBox::StandardButton message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text,
                                    QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                    QMessageBox::StandardButton byDefault = QMessageBox::NoButton);
inline QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                            const QString &text)
{
    return message(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No);
}

} // namespace Dialogs

} // namespace bubuh
