#pragma once

#include <QWidget>

class QLabel;

namespace bubuh {

class OpenDocuments;
class PageThumbnails;
class PageView;
class PlacementPanel;

// Step 3: the document with its stamp, placed with the mouse, the keyboard or exact numbers.
class PositionPage : public QWidget
{
    Q_OBJECT
public:
    PositionPage(OpenDocuments &documents, QWidget *parent = nullptr);

    void showDocument(int index);
    int documentIndex() const { return m_index; }
    PageView *view() const { return m_view; }
    PageThumbnails *thumbnails() const { return m_thumbnails; }

private:
    OpenDocuments &m_documents;
    PageThumbnails *m_thumbnails;
    PageView *m_view;
    PlacementPanel *m_panel;
    QLabel *m_title;
    int m_index = -1;
};

} // namespace bubuh
