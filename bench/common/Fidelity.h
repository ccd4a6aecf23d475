#pragma once

#include <QImage>

namespace bench {

// How far b is from a: the mean absolute difference of the RGB samples, 0 (the same) to 255.
// Images of different sizes are compared at a's size. Negative when either is null.
double meanAbsoluteDifference(const QImage &a, const QImage &b);

} // namespace bench
