#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace bubuh {

class OpenDocuments;

// Step 2: the documents to stamp, each with what pre-flight found, in plain words.
class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    DocumentsPage(OpenDocuments &documents, QWidget *parent = nullptr);
    int currentIndex() const;

Q_SIGNALS:
    void openRequested();
    void documentChosen(int index);
    void shrinkRequested(int index);
    void photosRequested();

private:
    void add(int index);
    void describe(int index);
    void showDetails(int index);
    void limitChosen();

    OpenDocuments &m_documents;
    QListWidget *m_list;
    QLabel *m_details;
    QComboBox *m_limit;
    QPushButton *m_shrink;
};

} // namespace bubuh
