# Settings every Bubuh target shares, in one INTERFACE target (as qBittorrent's CommonConfig).
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

# qpdf 11.3's JSON.hh does not compile with clang 14 and libstdc++ 12 in C++20 mode (a
# constexpr vector of an incomplete type); the core is C++17-clean, so the fuzz build uses 17.
if(BUBUH_FUZZ)
    set(CMAKE_CXX_STANDARD 17)
endif()
add_library(bubuh_common INTERFACE)
target_compile_features(bubuh_common INTERFACE cxx_std_${CMAKE_CXX_STANDARD})
target_compile_definitions(bubuh_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    POINTERHOLDER_TRANSITION=4 # qpdf: std::shared_ptr, no PointerHolder
    BUBUH_VERSION="${PROJECT_VERSION}"
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>)

if(MSVC)
    target_compile_options(bubuh_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
        $<$<BOOL:${BUBUH_WERROR}>:/WX>)
    target_compile_definitions(bubuh_common INTERFACE NOMINMAX WIN32_LEAN_AND_MEAN)
else()
    target_compile_options(bubuh_common INTERFACE
        -Wall -Wextra -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
        $<$<BOOL:${BUBUH_WERROR}>:-Werror>)
endif()

if(BUBUH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BUBUH_FUZZ needs clang (CXX=clang++)")
    endif()
    target_compile_options(bubuh_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(bubuh_common INTERFACE -fsanitize=address,undefined)
endif()

if(BUBUH_SANITIZERS)
    if(MSVC)
        target_compile_options(bubuh_common INTERFACE /fsanitize=address)
    else()
        target_compile_options(bubuh_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(bubuh_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# On Windows the programs' DLLs are installed beside them (packaging/CMakeLists.txt): each
# install(TARGETS) of a program names this set.
if(WIN32)
    set(BUBUH_RUNTIME_SET RUNTIME_DEPENDENCY_SET bubuh_runtime)
endif()

# `cmake --build build --target format`: clang-format over the sources (scripts/format.sh).
add_custom_target(format COMMAND "${PROJECT_SOURCE_DIR}/scripts/format.sh"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" COMMENT "clang-format" VERBATIM)
