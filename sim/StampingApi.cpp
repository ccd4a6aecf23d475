#include "StampingApi.h"

#include "PdfStamper.h"
#include "SimState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

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

struct SimDocumentType
{
    QString kode, nama;
};

// The real list (protocol.md Part A, item 3): several names share one tax category (kode).
const QList<SimDocumentType> &documentTypes()
{
    static const QList<SimDocumentType> types = {
        {u"2"_s, u"Dokumen Transaksi"_s},
        {u"2"_s, u"Surat Berharga"_s},
        {u"2"_s, u"Akta Pejabat"_s},
        {u"2"_s, u"Akta Notaris"_s},
        {u"2"_s, u"Dokumen Lelang"_s},
        {u"2"_s, u"Dokumen lain-lain"_s},
        {u"3"_s, u"Surat Keterangan"_s},
        {u"3"_s, u"Surat Pernyataan"_s},
        {u"3"_s, u"Surat Perjanjian"_s},
        {u"3"_s, u"Surat Lainnya"_s},
        {u"4a"_s, u"Dokumen penerimaan uang / pernyataan jumlah uang (lebih dari 5 juta)"_s},
        {u"4b"_s, u"Dokumen pelunasan utang (lebih dari 5 juta)"_s},
    };
    return types;
}

bool knownKode(const QString &kode)
{
    return std::any_of(documentTypes().begin(), documentTypes().end(),
                       [&kode](const SimDocumentType &t) { return t.kode == kode; });
}

// Part A's failure shape: HTTP 200, statusCode "01", the reason in result.err and a message
// that says little.
SimReply refusal(const QString &reason)
{
    return business(u"01"_s, u"error"_s,
                    QJsonObject{{u"result"_s, QJsonObject{{u"err"_s, reason}}}});
}

const QString kTokenRefused = u"Token tidak valid atau sudah kedaluwarsa"_s;
const QString kAlreadyUsed = u"Serial Number Already Used"_s;

// The service's own clock for list dates: Jakarta time, no zone written.
QString wibTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(7 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString adapterMessage(const QString &code)
{
    static const QHash<QString, QString> messages
        = {{u"92"_s, u"Kesalahan internal layanan."_s},
           {u"93"_s, u"Rantai sertifikat penanda tangan tidak lengkap."_s},
           {u"94"_s, u"Sertifikat penanda tangan tidak berlaku."_s},
           {u"95"_s, u"Perhitungan hash dokumen gagal."_s},
           {u"96"_s, u"Penandatanganan hash gagal."_s},
           {u"97"_s, u"Penandatanganan gagal, ulangi dengan retryFlag 1."_s},
           {u"70"_s, u"Ekstensi OCSP/CRL gagal, ulangi dengan nomor seri yang sama."_s}};
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
    // The real service refuses an expired or unknown token in the body, with HTTP 200.
    return refusal(kTokenRefused);
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
    // saldopos alone answers inside "result", with no top-level statusCode.
    const QString user = authenticate(request);
    QJsonObject result;
    if (user.isEmpty()) {
        result = {{u"status"_s, u"01"_s}, {u"message"_s, u"error"_s}, {u"err"_s, kTokenRefused}};
    } else {
        result = {{u"status"_s, u"00"_s},
                  {u"message"_s, u"success"_s},
                  {u"saldo"_s, double(m_state.accounts[user].saldo)},
                  {u"notstamp"_s, double(m_state.notStamped(user))}};
    }
    return SimReply::json(QJsonDocument(QJsonObject{{u"result"_s, result}}));
}

SimReply StampingApi::jenisdoc(const SimRequest &request)
{
    if (authenticate(request).isEmpty())
        return unauthorized();
    QJsonArray list;
    for (const SimDocumentType &t : documentTypes()) {
        const QUuid id = QUuid::createUuidV5(QUuid(), t.kode + u'/' + t.nama);
        list.append(QJsonObject{{u"id"_s, id.toString(QUuid::WithoutBraces)},
                                {u"kode"_s, t.kode},
                                {u"nama"_s, t.nama}});
    }
    return business(u"00"_s, u"success"_s, QJsonObject{{u"result"_s, list}});
}

SimReply StampingApi::upload(const SimRequest &request)
{
    if (request.body.size() > m_state.config.maxUploadBytes)
        return refusal(u"Ukuran dokumen melebihi batas."_s);
    const auto parts = parseMultipart(request.header("content-type"), request.body);
    const QString token = QString::fromUtf8(parts.value(u"token"_s).data);
    const QString user = m_state.verifyJwt(token.isEmpty() ? request.bearerToken() : token);
    if (user.isEmpty())
        return unauthorized();
    if (!parts.contains(u"file"_s))
        return refusal(u"Berkas (field 'file') tidak ada."_s);
    const QByteArray pdf = parts.value(u"file"_s).data;
    if (!pdf.left(1024).contains("%PDF-"))
        return refusal(u"Berkas bukan dokumen PDF."_s);
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
            return refusal(u"Parameter %1 wajib diisi."_s.arg(QLatin1StringView(field)));
    }
    const QString docId = body.value("idfile"_L1).toString();
    const auto doc = m_state.documents.constFind(docId);
    if (doc == m_state.documents.constEnd() || doc->owner != user)
        return refusal(u"Dokumen %1 tidak ditemukan."_s.arg(docId));
    // namadoc takes the kode (a tax category), not the id or the name.
    const QString type = body.value("namadoc"_L1).toString();
    if (!knownKode(type))
        return refusal(u"Jenis dokumen %1 tidak dikenal."_s.arg(type));
    if (body.value("nilaidoc"_L1).toString() != u"10000")
        return refusal(u"Nilai meterai harus 10000."_s);
    SimAccount &account = m_state.accounts[user];
    if (account.saldo <= 0)
        return refusal(u"Saldo Tidak Cukup/ Tidak ditemukan"_s);
    // The serial number is paid for now, whether or not it is ever stamped.
    account.saldo -= 1;
    SimSerial sn;
    sn.sn = m_state.randomToken(22, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    sn.docId = docId;
    sn.owner = user;
    sn.file = body.value("namafile"_L1).toString().left(255);
    sn.issued = sn.updated = m_state.now();
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
    for (const char *field : {"reason", "location", "src", "dest", "spesimenPath"}) {
        if (body.value(QLatin1StringView(field)).toString().isEmpty())
            return stampFailure(u"90"_s,
                                u"Field %1 tidak boleh kosong."_s.arg(QLatin1StringView(field)));
    }
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
        return stampFailure(u"97"_s, kAlreadyUsed);
    if (sn->status == u"STAMP") {
        if (retry && doc.serial == sn->sn) // a repeat of a stamp whose reply was lost
            return SimReply::json(QJsonDocument(QJsonObject{{u"status"_s, u"True"_s},
                                                            {u"errorCode"_s, u"00"_s},
                                                            {u"errorMessage"_s, u"-"_s},
                                                            {u"urlFile"_s, urlFile}}));
        return stampFailure(u"97"_s, kAlreadyUsed);
    }
    if (sn->failedAttempts > 0 && !retry)
        return stampFailure(u"97"_s,
                            u"Ulangi pembubuhan dengan retryFlag 1 dan nomor seri yang sama."_s);

    if (request.fault == u"used97") { // the service spent the SN without stamping
        sn->status = u"BURNED"_s;
        sn->updated = m_state.now();
        return stampFailure(u"97"_s, kAlreadyUsed);
    }
    if (!request.fault.isEmpty()) {
        // A failed attempt leaves the SN as it was: NOTSTAMP, to be repeated with retryFlag.
        const QString code = request.fault.mid(5); // "error92" -> "92"
        sn->failedAttempts += 1;
        sn->updated = m_state.now();
        return stampFailure(code, adapterMessage(code));
    }

    double llx, lly, urx, ury, page;
    if (!readNumber(body.value("visLLX"_L1), &llx) || !readNumber(body.value("visLLY"_L1), &lly)
        || !readNumber(body.value("visURX"_L1), &urx) || !readNumber(body.value("visURY"_L1), &ury)
        || !readNumber(body.value("visSignaturePage"_L1), &page))
        return stampFailure(u"90"_s, u"Koordinat atau halaman bukan angka."_s);

    PdfStamper::Job job;
    job.pdf = doc.original;
    // The real adapter rewrites old documents before signing: the upload is then no prefix.
    if (m_state.config.rebuildBelow > 0)
        job.pdf = PdfStamper::rebuildBelow(doc.original, m_state.config.rebuildBelow);
    job.serial = sn->sn;
    job.page = int(page);
    job.box = QRectF(QPointF(llx, lly), QPointF(urx, ury));
    job.reason = body.value("reason"_L1).toString();
    job.location = body.value("location"_L1).toString();
    job.signingTime = m_state.now();
    job.dss = m_state.config.dss;
    job.timestamp = m_state.config.timestamp;
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
    const SimSerial *sn = m_state.serial(filter);
    if (!sn || sn->owner != user) // the real service then gives result as a string
        return business(u"00"_s, u"success"_s,
                        QJsonObject{{u"result"_s, u"Data tidak ditemukan"_s}});
    const QJsonArray data{QJsonObject{{u"sn"_s, sn->sn},
                                      {u"status"_s, sn->status},
                                      {u"file"_s, sn->file},
                                      {u"tglupdate"_s, wibTime(sn->updated)}}};
    return business(u"00"_s, u"success"_s,
                    QJsonObject{{u"result"_s, QJsonObject{{u"total"_s, 1}, {u"data"_s, data}}}});
}

SimReply StampingApi::serialList(const SimRequest &request, int userId)
{
    const QString user = authenticate(request);
    if (user.isEmpty())
        return unauthorized();
    const SimAccount &account = m_state.accounts[user];
    if (account.id != userId)
        return refusal(u"User tidak ditemukan"_s);
    const QUrlQuery &q = request.query;
    const QString status = q.queryItemValue(u"status"_s);
    bool startOk = false, lengthOk = false;
    const int start = q.queryItemValue(u"start"_s).toInt(&startOk);
    const int length = q.queryItemValue(u"length"_s).toInt(&lengthOk);
    if (!startOk || !lengthOk || start < 0 || length < 1)
        return refusal(u"Parameter start dan length wajib diisi."_s);
    // Newest first, as the distributor portal shows them.
    QJsonArray page;
    int total = 0;
    for (auto it = m_state.serials.crbegin(); it != m_state.serials.crend(); ++it) {
        const SimSerial &sn = *it;
        if (sn.owner != user || (!status.isEmpty() && sn.status != status))
            continue;
        if (total >= start && page.size() < std::min(length, 100)) {
            page.append(QJsonObject{{u"serialnumber"_s, sn.sn},
                                    {u"status"_s, sn.status},
                                    {u"file"_s, sn.file},
                                    {u"tgl"_s, wibTime(sn.issued)},
                                    {u"tglupdate"_s, wibTime(sn.updated)},
                                    {u"email"_s, account.user}});
        }
        ++total;
    }
    return business(
        u"00"_s, u"success"_s,
        QJsonObject{{u"result"_s, QJsonObject{{u"total"_s, total}, {u"data"_s, page}}}});
}

} // namespace sim
