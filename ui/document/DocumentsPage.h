#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

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

private:
    void add(int index);
    void showDetails(int index);

    OpenDocuments &m_documents;
    QListWidget *m_list;
    QLabel *m_details;
};

} // namespace bubuh
