#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <qpdf/QPDF.hh>

namespace sim {

// Appends an incremental update to a PDF: objects written after the original bytes, a new
// cross-reference section (a table, or a stream when the original ends in one) whose /Prev
// points at the original's, and a trailer. The original bytes are never touched, so they stay
// an exact prefix of the result, which is what a signature over an existing document needs.
class IncrementalUpdate
{
public:
    // Reads the trailer and the last cross-reference section of pdf (already opened in qpdf).
    // Returns false with a reason if the file's end cannot be trusted for an update.
    bool begin(const QByteArray &pdf, QPDF &qpdf, QString *error);

    int allocateId() { return m_nextId++; }
    void setObject(QPDFObjGen id, const QByteArray &body);
    void setObject(int id, const QByteArray &body) { setObject(QPDFObjGen(id, 0), body); }

    // The bytes to append to the original; newIdPart is the second half of the new /ID.
    QByteArray serialize(const QByteArray &newIdPart);

    // Text helpers for object bodies.
    static QByteArray streamBody(const QByteArray &dictEntries, const QByteArray &data);
    static QByteArray ref(QPDFObjGen og);
    static QByteArray ref(int id) { return ref(QPDFObjGen(id, 0)); }
    // The dictionary's text with some keys replaced or added (values as PDF text).
    static QByteArray dictWith(QPDFObjectHandle dict, const QMap<QByteArray, QByteArray> &values);
    // The array's text with one more item at the end.
    static QByteArray arrayWith(QPDFObjectHandle array, const QByteArray &item);
    // qpdf's std::string as bytes.
    static QByteArray bytes(const std::string &s)
    {
        return QByteArray(s.data(), qsizetype(s.size()));
    }

private:
    QByteArray m_original;
    qint64 m_prevXref = 0;
    bool m_xrefStream = false;
    int m_nextId = 0;
    QByteArray m_root, m_info, m_firstId;
    QMap<QPDFObjGen, QByteArray> m_objects;
};

} // namespace sim
