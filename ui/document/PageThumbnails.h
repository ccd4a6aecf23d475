#pragma once

#include <QListWidget>

class QPdfDocument;
class QPdfPageRenderer;

namespace bubuh {

struct PageBoxes;

// Small pictures of every page beside the view, to see the document at a glance and jump to a
// page. Rendered off the GUI thread, each only once it scrolls into sight.
class PageThumbnails : public QListWidget
{
    Q_OBJECT
public:
    explicit PageThumbnails(QWidget *parent = nullptr);
    void setDocument(QPdfDocument *document, const QList<PageBoxes> &pages);

    static constexpr int kWidth = 96;

Q_SIGNALS:
    void pageChosen(int page);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPdfPageRenderer *m_renderer;
    QList<bool> m_requested;
};

} // namespace bubuh
