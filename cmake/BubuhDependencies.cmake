# Third-party libraries, found once for every target (see docs/dependencies in design notes).
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Concurrent Gui Network Sql Svg Widgets Pdf PdfWidgets HttpServer Test LinguistTools)
find_package(qpdf 11 REQUIRED CONFIG)
find_package(OpenSSL 3 REQUIRED)
find_package(Qt6Keychain REQUIRED)

# libqrencode ships a pkg-config file on Linux and a CMake-less build on Windows (vcpkg).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode)
endif()
if(TARGET PkgConfig::QRENCODE)
    add_library(bubuh::qrencode ALIAS PkgConfig::QRENCODE)
else()
    find_path(QRENCODE_INCLUDE_DIR qrencode.h REQUIRED)
    find_library(QRENCODE_LIBRARY NAMES qrencode qrencoded REQUIRED)
    add_library(bubuh_qrencode INTERFACE)
    target_include_directories(bubuh_qrencode INTERFACE "${QRENCODE_INCLUDE_DIR}")
    target_link_libraries(bubuh_qrencode INTERFACE "${QRENCODE_LIBRARY}")
    add_library(bubuh::qrencode ALIAS bubuh_qrencode)
endif()
