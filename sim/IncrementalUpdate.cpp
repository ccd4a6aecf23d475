#include "IncrementalUpdate.h"

#include <qpdf/QPDFObjectHandle.hh>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

} // namespace

bool IncrementalUpdate::begin(const QByteArray &pdf, QPDF &qpdf, QString *error)
{
    m_original = pdf;
    const qsizetype at = pdf.lastIndexOf("startxref");
    if (at < 0) {
        *error = u"no startxref at the end of the document"_s;
        return false;
    }
    qsizetype p = at + 9;
    while (p < pdf.size() && isPdfSpace(pdf.at(p)))
        ++p;
    qsizetype end = p;
    while (end < pdf.size() && pdf.at(end) >= '0' && pdf.at(end) <= '9')
        ++end;
    bool ok = false;
    m_prevXref = pdf.mid(p, end - p).toLongLong(&ok);
    if (!ok || m_prevXref <= 0 || m_prevXref >= pdf.size()) {
        *error = u"startxref does not point into the document"_s;
        return false;
    }
    qsizetype x = m_prevXref;
    while (x < pdf.size() && isPdfSpace(pdf.at(x)))
        ++x;
    m_xrefStream = !pdf.mid(x, 4).startsWith("xref");

    QPDFObjectHandle trailer = qpdf.getTrailer();
    if (!trailer.getKey("/Size").isInteger() || !trailer.getKey("/Root").isIndirect()) {
        *error = u"the trailer has no /Size or /Root"_s;
        return false;
    }
    // New objects go past both the declared size and every object qpdf found.
    m_nextId = std::max(trailer.getKey("/Size").getIntValueAsInt(), int(qpdf.getObjectCount()) + 1);
    m_root = ref(trailer.getKey("/Root").getObjGen());
    if (trailer.getKey("/Info").isIndirect())
        m_info = ref(trailer.getKey("/Info").getObjGen());
    QPDFObjectHandle id = trailer.getKey("/ID");
    if (id.isArray() && id.getArrayNItems() == 2 && id.getArrayItem(0).isString())
        m_firstId = bytes(id.getArrayItem(0).getStringValue());
    return true;
}

void IncrementalUpdate::setObject(QPDFObjGen id, const QByteArray &body)
{
    m_objects.insert(id, body);
}

QByteArray IncrementalUpdate::serialize(const QByteArray &newIdPart)
{
    QByteArray out;
    const char last = m_original.isEmpty() ? '\n' : m_original.back();
    if (last != '\n' && last != '\r')
        out += '\n';
    const qint64 base = m_original.size();
    QMap<QPDFObjGen, qint64> offsets;
    for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it) {
        offsets.insert(it.key(), base + out.size());
        out += QByteArray::number(it.key().getObj()) + ' ' + QByteArray::number(it.key().getGen())
            + " obj\n" + it.value() + "\nendobj\n";
    }
    const QByteArray firstId = m_firstId.isEmpty() ? newIdPart : m_firstId;
    QByteArray trailerEntries = "/Root " + m_root;
    if (!m_info.isEmpty())
        trailerEntries += " /Info " + m_info;
    trailerEntries += " /Prev " + QByteArray::number(m_prevXref) + " /ID [<" + firstId.toHex()
        + "> <" + newIdPart.toHex() + ">]";

    const qint64 xrefOffset = base + out.size();
    if (!m_xrefStream) {
        out += "xref\n";
        // Subsections of consecutive object numbers.
        auto it = offsets.constBegin();
        while (it != offsets.constEnd()) {
            auto runEnd = it;
            int count = 0;
            while (runEnd != offsets.constEnd()
                   && runEnd.key().getObj() == it.key().getObj() + count) {
                ++runEnd;
                ++count;
            }
            out += QByteArray::number(it.key().getObj()) + ' ' + QByteArray::number(count) + '\n';
            for (; it != runEnd; ++it) {
                out += QByteArray::number(it.value()).rightJustified(10, '0') + ' '
                    + QByteArray::number(it.key().getGen()).rightJustified(5, '0') + " n\r\n";
            }
        }
        out += "trailer\n<< /Size " + QByteArray::number(m_nextId) + ' ' + trailerEntries + " >>\n";
    } else {
        // A cross-reference stream, uncompressed, with an entry for itself.
        const int selfId = allocateId();
        offsets.insert(QPDFObjGen(selfId, 0), xrefOffset);
        QByteArray rows, index;
        for (auto it = offsets.constBegin(); it != offsets.constEnd(); ++it) {
            const quint32 off = quint32(it.value());
            const quint16 gen = quint16(it.key().getGen());
            rows += char(1);
            rows += char(off >> 24);
            rows += char(off >> 16);
            rows += char(off >> 8);
            rows += char(off);
            rows += char(gen >> 8);
            rows += char(gen);
            index += QByteArray::number(it.key().getObj()) + " 1 ";
        }
        out += QByteArray::number(selfId) + " 0 obj\n"
            + streamBody("/Type /XRef /Size " + QByteArray::number(m_nextId)
                             + " /W [1 4 2] /Index [" + index.trimmed() + "] " + trailerEntries,
                         rows)
            + "\nendobj\n";
    }
    out += "startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

QByteArray IncrementalUpdate::streamBody(const QByteArray &dictEntries, const QByteArray &data)
{
    return "<< " + dictEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n"
        + data + "\nendstream";
}

QByteArray IncrementalUpdate::ref(QPDFObjGen og)
{
    return QByteArray::number(og.getObj()) + ' ' + QByteArray::number(og.getGen()) + " R";
}

QByteArray IncrementalUpdate::dictWith(QPDFObjectHandle dict,
                                       const QMap<QByteArray, QByteArray> &values)
{
    QByteArray out = "<<";
    if (dict.isDictionary()) {
        for (const std::string &key : dict.getKeys()) {
            const QByteArray k = bytes(key);
            if (values.contains(k))
                continue;
            out += ' ' + bytes(QPDFObjectHandle::newName(key).unparse()) + ' '
                + bytes(dict.getKey(key).unparse());
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        out += ' ' + it.key() + ' ' + it.value();
    return out + " >>";
}

QByteArray IncrementalUpdate::arrayWith(QPDFObjectHandle array, const QByteArray &item)
{
    QByteArray out = "[";
    if (array.isArray()) {
        for (QPDFObjectHandle &element : array.getArrayAsVector())
            out += bytes(element.unparse()) + ' ';
    }
    return out + item + ']';
}

} // namespace sim
