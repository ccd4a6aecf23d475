// Every ReplyParser entry point on arbitrary bodies: the first byte picks the entry point.
#include "FuzzInput.h"

#include "net/ReplyParser.h"

using namespace bubuh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzzBytes(data + 1, size - 1);
    switch (data[0] % 14) {
    case 0: ReplyParser::login(body); break;
    case 1: ReplyParser::balance(body); break;
    case 2: ReplyParser::documentTypes(body); break;
    case 3: ReplyParser::upload(body); break;
    case 4: ReplyParser::serial(body); break;
    case 5: ReplyParser::stamp(body); break;
    case 6: ReplyParser::serialStatus(body, QStringLiteral("ABCDEFGHIJKLMNOPQRSTUV")); break;
    case 7: ReplyParser::serialList(body); break;
    case 8: ReplyParser::products(body); break;
    case 9: ReplyParser::order(body); break;
    case 10: ReplyParser::orders(body); break;
    case 11: ReplyParser::refusedInBody(body); break;
    case 12: ReplyParser::business(body); break;
    case 13:
        if (const Result<QJsonObject> o = ReplyParser::object(body))
            ReplyParser::orderFromJson(o.value());
        break;
    }
    return 0;
}
