#include "StampingApi.h"

#include "PdfStamper.h"
#include "SimState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

const QString kProfile = u"emeteraicertificateSigner"_s;

SimReply business(const QString &statusCode, const QString &message, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(u"statusCode"_s, statusCode);
    o.insert(u"message"_s, message);
    return SimReply::json(QJsonDocument(o));
}

SimReply stampFailure(const QString &code, const QString &message)
{
    return SimReply::json(QJsonDocument(QJsonObject{
        {u"status"_s, u"False"_s}, {u"errorCode"_s, code}, {u"errorMessage"_s, message}}));
}

const QList<std::pair<QString, QString>> &documentTypes()
{
    static const QList<std::pair<QString, QString>> types
        = {{u"4b"_s, u"Surat Pernyataan"_s},      {u"3"_s, u"Surat Perjanjian"_s},
           {u"2"_s, u"Surat Keterangan"_s},       {u"5"_s, u"Surat Lainnya"_s},
           {u"12"_s, u"Dokumen Lamaran Kerja"_s}, {u"9"_s, u"Surat Kuasa"_s}};
    return types;
}

QString adapterMessage(const QString &code)
{
    static const QHash<QString, QString> messages
        = {{u"92"_s, u"Kesalahan internal layanan."_s},
           {u"93"_s, u"Rantai sertifikat penanda tangan tidak lengkap."_s},
           {u"94"_s, u"Sertifikat penanda tangan tidak berlaku."_s},
           {u"95"_s, u"Perhitungan hash dokumen gagal."_s},
           {u"96"_s, u"Penandatanganan hash gagal."_s},
           {u"97"_s, u"Penandatanganan gagal, ulangi dengan retryFlag 1."_s}};
    return messages.value(code);
}

// Numbers may arrive as JSON numbers or as strings, as the real adapter accepts both.
bool readNumber(const QJsonValue &v, double *out)
{
    bool ok = v.isDouble();
    *out = ok ? v.toDouble() : v.toString().toDouble(&ok);
    return ok;
}

} // namespace

SimReply StampingApi::busy(int status, int retryAfter)
{
    SimReply r = SimReply::json(
        QJsonDocument(QJsonObject{{u"statusCode"_s, QString::number(status)},
                                  {u"message"_s, u"Layanan sedang sibuk, silakan coba lagi."_s}}),
        status);
    return r.withHeader("Retry-After", QByteArray::number(retryAfter));
}

SimReply StampingApi::unauthorized()
{
    return SimReply::json(
        QJsonDocument(QJsonObject{{u"statusCode"_s, u"401"_s},
                                  {u"message"_s, u"Token tidak valid atau sudah kedaluwarsa."_s}}),
        401);
}

QString StampingApi::authenticate(const SimRequest &request) const
{
    return m_state.verifyJwt(request.bearerToken());
}

SimReply StampingApi::login(const SimRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString user = body.value("user"_L1).toString();
    const QString password = body.value("password"_L1).toString();
    if (user.isEmpty() || password.isEmpty())
        return business(u"01"_s, u"User dan password wajib diisi."_s);
    const auto it = m_state.accounts.constFind(user);
    if (it == m_state.accounts.constEnd() || it->password != password)
        return business(u"01"_s, u"User atau password salah."_s);
    const QString token = m_state.issueJwt(user);
    const QJsonObject userJson{
        {u"id"_s, it->id}, {u"email"_s, it->user}, {u"firstName"_s, it->firstName}};
    return business(
        u"00"_s, u"success"_s,
        QJsonObject{{u"token"_s, token},
                    {u"result"_s,
                     QJsonObject{{u"data"_s,
                                  QJsonObject{{u"login"_s,
                                               QJsonObject{{u"token"_s, token},
                                                           {u"user"_s, userJson}}}}}}}});
}

SimReply StampingApi::saldopos(const SimRequest &request)
{
    const QString user = authenticate(request);
    if (user.isEmpty())
        return unauthorized();
    return business(u"00"_s, u"success"_s,
                    QJsonObject{{u"result"_s,
                                 QJsonObject{{u"saldo"_s, double(m_state.accounts[user].saldo)},
                                             {u"notstamp"_s, double(m_state.notStamped(user))}}}});
}

SimReply StampingApi::jenisdoc(const SimRequest &request)
{
    if (authenticate(request).isEmpty())
        return unauthorized();
    QJsonArray list;
    for (const auto &[id, name] : documentTypes())
        list.append(QJsonObject{{u"id"_s, id}, {u"nama"_s, name}});
    return business(u"00"_s, u"success"_s, QJsonObject{{u"result"_s, list}});
}

SimReply StampingApi::upload(const SimRequest &request)
{
    if (request.body.size() > m_state.config.maxUploadBytes)
        return business(u"01"_s, u"Ukuran dokumen melebihi batas."_s);
    const auto parts = parseMultipart(request.header("content-type"), request.body);
    const QString token = QString::fromUtf8(parts.value(u"token"_s).data);
    const QString user = m_state.verifyJwt(token.isEmpty() ? request.bearerToken() : token);
    if (user.isEmpty())
        return unauthorized();
    if (!parts.contains(u"file"_s))
        return business(u"01"_s, u"Berkas (field 'file') tidak ada."_s);
    const QByteArray pdf = parts.value(u"file"_s).data;
    if (!pdf.left(1024).contains("%PDF-"))
        return business(u"01"_s, u"Berkas bukan dokumen PDF."_s);
    SimDocument doc;
    doc.docId = m_state.randomToken(20, u"abcdefghijklmnopqrstuvwxyz0123456789");
    doc.owner = user;
    doc.fileName = parts.value(u"file"_s).fileName;
    doc.original = pdf;
    m_state.documents.insert(doc.docId, doc);
    return business(u"00"_s, u"success"_s,
                    QJsonObject{{u"id"_s, doc.docId}, {u"name"_s, u"doc_%1.pdf"_s.arg(doc.docId)}});
}

SimReply StampingApi::serial(const SimRequest &request)
{
    const QString user = authenticate(request);
    if (user.isEmpty())
        return unauthorized();
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (const char *field : {"idfile", "namadoc", "nilaidoc", "tgldoc"}) {
        if (!body.contains(QLatin1StringView(field)))
            return business(u"01"_s, u"Parameter %1 wajib diisi."_s.arg(QLatin1StringView(field)));
    }
    const QString docId = body.value("idfile"_L1).toString();
    const auto doc = m_state.documents.constFind(docId);
    if (doc == m_state.documents.constEnd() || doc->owner != user)
        return business(u"01"_s, u"Dokumen %1 tidak ditemukan."_s.arg(docId));
    const QString type = body.value("namadoc"_L1).toString();
    if (std::none_of(documentTypes().begin(), documentTypes().end(),
                     [&type](const auto &t) { return t.first == type; }))
        return business(u"01"_s, u"Jenis dokumen %1 tidak dikenal."_s.arg(type));
    if (body.value("nilaidoc"_L1).toString() != u"10000")
        return business(u"01"_s, u"Nilai meterai harus 10000."_s);
    SimAccount &account = m_state.accounts[user];
    if (account.saldo <= 0)
        return business(u"01"_s, u"Kuota e-Meterai tidak mencukupi."_s);
    // The serial number is paid for now, whether or not it is ever stamped.
    account.saldo -= 1;
    SimSerial sn;
    sn.sn = m_state.randomToken(22, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    sn.docId = docId;
    sn.owner = user;
    sn.updated = m_state.now();
    m_state.serials.append(sn);
    return business(u"00"_s, u"success"_s,
                    QJsonObject{{u"result"_s,
                                 QJsonObject{{u"sn"_s, sn.sn},
                                             {u"filenameQR"_s, QString(sn.sn + u".png"_s)}}}});
}

SimReply StampingApi::stamp(const SimRequest &request)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(request.body);
    if (!parsed.isObject())
        return stampFailure(u"90"_s, u"Permintaan bukan JSON yang sah."_s);
    const QJsonObject body = parsed.object();
    static const char *const required[] = {
        "certificatelevel", "profileName", "src",    "dest",   "spesimenPath", "jwToken",
        "refToken",         "visLLX",      "visLLY", "visURX", "visURY",       "visSignaturePage"};
    for (const char *field : required) {
        if (!body.contains(QLatin1StringView(field)))
            return stampFailure(u"90"_s, u"Field %1 tidak ada."_s.arg(QLatin1StringView(field)));
    }
    const QString user = m_state.verifyJwt(body.value("jwToken"_L1).toString());
    if (user.isEmpty())
        return unauthorized();
    if (body.value("profileName"_L1).toString() != kProfile)
        return stampFailure(u"91"_s, u"Profile tidak ditemukan."_s);

    static const QRegularExpression srcRe(u"^/sharefolder/doc_([a-z0-9]+)\\.pdf$"_s);
    const auto src = srcRe.match(body.value("src"_L1).toString());
    const QString docId = src.captured(1);
    if (!src.hasMatch() || !m_state.documents.contains(docId)
        || m_state.documents[docId].owner != user)
        return stampFailure(u"90"_s, u"Dokumen sumber tidak ditemukan."_s);
    SimSerial *sn = m_state.serial(body.value("refToken"_L1).toString());
    if (!sn || sn->owner != user || sn->docId != docId)
        return stampFailure(u"90"_s, u"Nomor seri (refToken) tidak dikenal untuk dokumen ini."_s);
    if (body.value("spesimenPath"_L1).toString() != u"/sharefolder/%1.png"_s.arg(sn->sn))
        return stampFailure(u"90"_s, u"spesimenPath tidak sesuai dengan nomor seri."_s);
    const bool retry = body.value("retryFlag"_L1).toString() == u"1";
    SimDocument &doc = m_state.documents[docId];
    const QString urlFile = request.baseUrl + u"/getfile3/final_%1.pdf"_s.arg(docId);

    if (sn->status == u"BURNED")
        return stampFailure(u"92"_s, u"Nomor seri sudah hangus."_s);
    if (sn->status == u"STAMP") {
        if (retry && doc.serial == sn->sn) // a repeat of a stamp whose reply was lost
            return SimReply::json(QJsonDocument(QJsonObject{{u"status"_s, u"True"_s},
                                                            {u"errorCode"_s, u"00"_s},
                                                            {u"errorMessage"_s, u"-"_s},
                                                            {u"urlFile"_s, urlFile}}));
        return stampFailure(u"90"_s, u"Nomor seri sudah dipakai; ulangi dengan retryFlag 1."_s);
    }
    if (sn->failedAttempts > 0 && !retry)
        return stampFailure(u"97"_s,
                            u"Ulangi pembubuhan dengan retryFlag 1 dan nomor seri yang sama."_s);

    if (!request.fault.isEmpty()) {
        const QString code = request.fault.mid(5); // "error92" -> "92"
        sn->failedAttempts += 1;
        sn->updated = m_state.now();
        // 92 or 97 on a request that was already the retry burns the serial number.
        if (retry && (code == u"92" || code == u"97"))
            sn->status = u"BURNED"_s;
        return stampFailure(code, adapterMessage(code));
    }

    double llx, lly, urx, ury, page;
    if (!readNumber(body.value("visLLX"_L1), &llx) || !readNumber(body.value("visLLY"_L1), &lly)
        || !readNumber(body.value("visURX"_L1), &urx) || !readNumber(body.value("visURY"_L1), &ury)
        || !readNumber(body.value("visSignaturePage"_L1), &page))
        return stampFailure(u"90"_s, u"Koordinat atau halaman bukan angka."_s);

    PdfStamper::Job job;
    job.pdf = doc.original;
    job.serial = sn->sn;
    job.page = int(page);
    job.box = QRectF(QPointF(llx, lly), QPointF(urx, ury));
    job.reason = body.value("reason"_L1).toString();
    job.location = body.value("location"_L1).toString();
    job.signingTime = m_state.now();
    job.dss = m_state.config.dss;
    for (int i = 0; i < 16; ++i)
        job.documentIdPart += char(m_state.rng.bounded(256));
    const PdfStamper::Result result = m_stamper.stamp(job);
    if (!result.ok()) {
        sn->failedAttempts += 1;
        return stampFailure(result.errorCode, result.message);
    }
    doc.stamped = result.pdf;
    doc.serial = sn->sn;
    sn->status = u"STAMP"_s;
    sn->updated = m_state.now();
    return SimReply::json(QJsonDocument(
        QJsonObject{{u"status"_s, u"True"_s},
                    {u"errorCode"_s, u"00"_s},
                    {u"errorMessage"_s, result.message.isEmpty() ? u"-"_s : result.message},
                    {u"urlFile"_s, urlFile}}));
}

SimReply StampingApi::download(const SimRequest &request)
{
    const QString user = authenticate(request);
    if (user.isEmpty())
        return unauthorized();
    static const QRegularExpression nameRe(u"^/getfile3/(doc|final)_([a-z0-9]+)\\.pdf$"_s);
    const auto m = nameRe.match(request.path);
    const auto doc = m_state.documents.constFind(m.captured(2));
    if (!m.hasMatch() || doc == m_state.documents.constEnd() || doc->owner != user)
        return SimReply::json(
            QJsonDocument(QJsonObject{{u"statusCode"_s, u"404"_s},
                                      {u"message"_s, u"Berkas tidak ditemukan."_s}}),
            404);
    const QByteArray bytes = m.captured(1) == u"final" ? doc->stamped : doc->original;
    if (bytes.isEmpty())
        return SimReply::json(
            QJsonDocument(QJsonObject{{u"statusCode"_s, u"404"_s},
                                      {u"message"_s, u"Dokumen belum dibubuhi meterai."_s}}),
            404);
    SimReply r;
    r.contentType = "application/pdf";
    r.body = bytes;
    return r;
}

SimReply StampingApi::snStatus(const SimRequest &request)
{
    const QString user = authenticate(request);
    if (user.isEmpty())
        return unauthorized();
    const QString filter = request.query.queryItemValue(u"filter"_s);
    QJsonArray data;
    if (const SimSerial *sn = m_state.serial(filter); sn && sn->owner == user) {
        const SimDocument doc = m_state.documents.value(sn->docId);
        data.append(QJsonObject{
            {u"sn"_s, sn->sn},
            {u"status"_s, sn->status},
            {u"file"_s, doc.serial == sn->sn ? u"final_%1.pdf"_s.arg(sn->docId) : QString()},
            {u"tglupdate"_s, sn->updated.toString(Qt::ISODate)}});
    }
    return business(
        u"00"_s, u"success"_s,
        QJsonObject{{u"result"_s, QJsonObject{{u"total"_s, data.size()}, {u"data"_s, data}}}});
}

} // namespace sim
