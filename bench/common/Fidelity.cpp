#include "Fidelity.h"

#include <cstdlib>

namespace bench {

double meanAbsoluteDifference(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = (b.size() == a.size()
                          ? b
                          : b.scaled(a.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                         .convertToFormat(QImage::Format_RGB888);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row), *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i)
            sum += std::abs(int(p[i]) - int(q[i]));
    }
    return sum / (double(x.width()) * x.height() * 3);
}

} // namespace bench
