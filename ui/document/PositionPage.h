#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

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

    // Moves the stamp to the blank square nearest to where it is (Pindahkan ke ruang kosong).
    void moveToBlank();

Q_SIGNALS:
    void openRequested();

private:
    // Whether the stamp covers ink, said beside it.
    void checkInk();

    OpenDocuments &m_documents;
    QStackedWidget *m_stack; // an empty state until a document is shown
    QLabel *m_overlap;
    QPushButton *m_moveToBlank;
    PageThumbnails *m_thumbnails;
    PageView *m_view;
    PlacementPanel *m_panel;
    QLabel *m_title;
    int m_index = -1;
};

} // namespace bubuh
