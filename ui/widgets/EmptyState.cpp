#include "EmptyState.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bubuh {

EmptyState::EmptyState(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent), m_buttons(new QHBoxLayout)
{
    auto *heading = new QLabel(u"<h3>%1</h3>"_s.arg(title.toHtmlEscaped()), this);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, this);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMaximumWidth(60 * fontMetrics().averageCharWidth());
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

QPushButton *EmptyState::addAction(Icon which, const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(icon(which), text, this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace bubuh
