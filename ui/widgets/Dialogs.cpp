#include "Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QQueue>

namespace bubuh::Dialogs {

namespace {

QQueue<Answer> &answers()
{
    static QQueue<Answer> queue;
    return queue;
}

QQueue<QStringList> &files()
{
    static QQueue<QStringList> queue;
    return queue;
}

QString &last()
{
    static QString text;
    return text;
}

// A queued file answer, if any: the chooser is then not shown.
std::optional<QStringList> nextFiles()
{
    if (files().isEmpty())
        return std::nullopt;
    return files().dequeue();
}

} // namespace

void setNextAnswer(Answer answer)
{
    answers().enqueue(std::move(answer));
}

void setNextButton(QMessageBox::StandardButton button)
{
    setNextAnswer([button](QDialog &) { return int(button); });
}

void setNextFiles(const QStringList &chosen)
{
    files().enqueue(chosen);
}

QString lastMessage()
{
    return last();
}

bool allAnswered()
{
    return answers().isEmpty() && files().isEmpty();
}

int exec(QDialog &dialog)
{
    if (answers().isEmpty())
        return dialog.exec();
    const Answer answer = answers().dequeue();
    dialog.show();
    const int answered = answer(dialog);
    if (dialog.isVisible()) // not closed by the answer itself (a dialog's own accept())
        dialog.done(answered);
    return dialog.result();
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                          const QString &filter)
{
    if (const auto queued = nextFiles())
        return *queued;
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                     const QString &filter)
{
    if (const auto queued = nextFiles())
        return queued->value(0);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter)
{
    if (const auto queued = nextFiles())
        return queued->value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString existingFolder(QWidget *parent, const QString &caption)
{
    if (const auto queued = nextFiles())
        return queued->value(0);
    return QFileDialog::getExistingDirectory(parent, caption);
}

QMessageBox::StandardButton message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton byDefault)
{
    last() = text;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(byDefault);
    return QMessageBox::StandardButton(exec(box)); // the button, as QMessageBox::exec says
}

} // namespace bubuh::Dialogs
