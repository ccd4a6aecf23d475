#pragma once

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace bubuh {

enum class Icon;

// What a page shows while it has nothing to work on: what the page is for, what to do, and the
// buttons that do it, centred where the content will be.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &text, QWidget *parent = nullptr);
    // A button under the text; the first one added is the default for Enter.
    QPushButton *addAction(Icon icon, const QString &text, const QString &objectName);

private:
    QHBoxLayout *m_buttons;
};

} // namespace bubuh
