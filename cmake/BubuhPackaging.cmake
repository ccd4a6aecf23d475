# CPack: one description of the package, and the settings of each generator. On Linux
# scripts/package.sh makes the .deb; on Windows .github/workflows/windows.yml makes the NSIS
# installer (and an MSI through WiX). packaging/README.md says what each setting is for.
set(CPACK_VERBATIM_VARIABLES ON) # values reach the generators as written here
set(CPACK_PACKAGE_NAME bubuh)
set(CPACK_PACKAGE_VENDOR "Bubuh")
set(CPACK_PACKAGE_CONTACT "Bubuh developers <dev@bubuh.id>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "e-Meterai assistant: buy quota and stamp PDF documents")
# One string, wrapped as the Debian control file wants it (each line under 80 columns).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Bubuh guides an applicant through buying e-Meterai quota (the Indonesian"
    "electronic stamp duty), previewing a PDF offline, placing the stamp and getting"
    "the document stamped. When the e-Meterai service is overloaded it waits in the"
    "queue, backs off, never charges twice and never loses a paid order."
    "."
    "It checks stamped documents offline and makes documents fit an upload portal's"
    "size limit. bubuh-cli offers the same core for scripts.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Bubuh")
set(CPACK_PACKAGE_EXECUTABLES bubuh Bubuh) # the Start menu entry
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\.git/")
configure_file("${PROJECT_SOURCE_DIR}/packaging/copyright"
    "${PROJECT_BINARY_DIR}/packaging/license.txt" COPYONLY) # WiX wants .txt or .rtf
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/license.txt")

# Debian: dependencies computed by dpkg-shlibdeps from what the programs link. Only what is
# loaded as a plugin, which no linker sees, is named: Qt's SQLite driver holds the journal.
set(CPACK_DEBIAN_PACKAGE_NAME bubuh)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # bubuh_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager") # the Secret Service
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# Windows, NSIS: Start menu, "Open with Bubuh" for PDF, and a clean uninstall.
set(CPACK_NSIS_DISPLAY_NAME "Bubuh ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Bubuh")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\bubuh.exe")
set(CPACK_NSIS_MUI_ICON "${BUBUH_ICO_FILE}")
set(CPACK_NSIS_MUI_UNIICON "${BUBUH_ICO_FILE}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# No "start Bubuh now" on the last page: the installer runs elevated, and Bubuh started from it
# would keep its journal and keychain entries under the administrator's profile.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\Bubuh.PDF" "" "PDF (Bubuh)"
  WriteRegStr HKLM "Software\Classes\Bubuh.PDF\DefaultIcon" "" "$INSTDIR\bin\bubuh.exe,0"
  WriteRegStr HKLM "Software\Classes\Bubuh.PDF\shell\open\command" "" '"$INSTDIR\bin\bubuh.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.pdf\OpenWithProgids" "Bubuh.PDF" ""
  WriteRegStr HKLM "Software\Classes\Applications\bubuh.exe" "FriendlyAppName" "Bubuh"
  WriteRegStr HKLM "Software\Classes\Applications\bubuh.exe\SupportedTypes" ".pdf" ""
  WriteRegStr HKLM "Software\Classes\Applications\bubuh.exe\shell\open\command" "" '"$INSTDIR\bin\bubuh.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKLM "Software\Classes\.pdf\OpenWithProgids" "Bubuh.PDF"
  DeleteRegKey HKLM "Software\Classes\Bubuh.PDF"
  DeleteRegKey HKLM "Software\Classes\Applications\bubuh.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# Windows, WiX: an MSI with the Start menu entry; its upgrade code never changes, so a newer
# MSI replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "6B0F8F2E-4C36-4B8E-9E0B-2F6E3B1A7C51")
set(CPACK_WIX_PRODUCT_ICON "${BUBUH_ICO_FILE}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Bubuh")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

if(WIN32)
    set(CPACK_GENERATOR NSIS WIX)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
