#pragma once

#include "flow/StampPlan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace bubuh {

class OpenDocuments;
class Workspace;

// Step 2: the documents to stamp, each with what pre-flight found, in plain words.
class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    DocumentsPage(OpenDocuments &documents, Workspace &workspace, QWidget *parent = nullptr);
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
    StampPlan::Row planRow(int index);

    OpenDocuments &m_documents;
    Workspace &m_workspace;
    QListWidget *m_list;
    QLabel *m_details;
    QComboBox *m_limit;
    QPushButton *m_shrink;
};

} // namespace bubuh
