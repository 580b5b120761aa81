; Secretariat (دبیرخانه) installer: NSIS 3, Unicode, 64-bit, per-user (no admin rights).
;
; Built by installer/build-windows.sh (Linux, makensis from Debian) or on Windows:
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=dist\Secretariat /DOUTFILE=dist\Secretariat-0.1.0-setup.exe installer\secretariat.nsi
;
; Install:    Secretariat-<version>-setup.exe [/S] [/NODESKTOP] [/D=<folder>]   (/D last, unquoted)
; Uninstall:  "%LOCALAPPDATA%\Programs\Secretariat\uninstall.exe" [/S] [/REMOVEDATA]
;
; Data rule: the program lives in the install folder; the user's data (database,
; attachments, backups) lives in %LOCALAPPDATA%\Secretariat (secretariat.paths.default_data_dir).
; Installing over an older version replaces only program files. Uninstalling removes the
; data folder only when the user ticks "also remove my data" (or passes /REMOVEDATA).

Unicode true
; A 64-bit setup where makensis has the stubs for one (Debian's does); the official Windows
; NSIS ships 32-bit stubs only. Both install the same 64-bit program the same way: per-user
; folders and HKCU\Software are not redirected for a 32-bit setup.
!if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
  Target amd64-unicode
!endif
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 16  ; 32 or 64 save ~0.5 MB and cost 30%+ more time

!ifndef VERSION
  !error "pass /DVERSION=<secretariat.__version__>"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\dist\Secretariat"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\Secretariat-${VERSION}-setup.exe"
!endif
!ifndef VI_VERSION
  !define VI_VERSION "${VERSION}.0"  ; four numbers; the build script passes it for other forms
!endif

!define APP_NAME "Secretariat"
!define APP_DISPLAY_NAME "Secretariat (دبیرخانه)"
!define PUBLISHER "Alborz House of Industry, Mine and Trade"
!define GUI_EXE "Secretariat.exe"
!define CLI_EXE "secretariat-cli.exe"
; Installer bookkeeping only; the application's own settings live elsewhere.
!define INSTALLER_KEY "Software\Secretariat\Installer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Secretariat"
; Must match secretariat.paths.default_data_dir() on Windows (platformdirs, local app-data).
!define DATA_DIR "$LOCALAPPDATA\Secretariat"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

Name "${APP_NAME}"
Caption "$(CAPTION)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Secretariat"
InstallDirRegKey HKCU "${INSTALLER_KEY}" "InstallDir"
ShowInstDetails show
ShowUninstDetails show
AllowSkipFiles off
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; ---------------------------------------------------------------------------- pages
!define MUI_ICON "..\resources\icons\secretariat.ico"
!define MUI_UNICON "..\resources\icons\secretariat.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_UNCOMPONENTSPAGE_NODESC
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${INSTALLER_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when Windows' own language is neither.
!insertmacro MUI_LANGUAGE "Farsi"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString CAPTION ${LANG_FARSI} "نصب دبیرخانه ${VERSION}"
LangString CAPTION ${LANG_ENGLISH} "Secretariat ${VERSION} setup"
LangString SHORTCUT_NAME ${LANG_FARSI} "دبیرخانه"
LangString SHORTCUT_NAME ${LANG_ENGLISH} "Secretariat"
LangString SEC_PROGRAM ${LANG_FARSI} "برنامه دبیرخانه"
LangString SEC_PROGRAM ${LANG_ENGLISH} "Secretariat program"
LangString SEC_DESKTOP ${LANG_FARSI} "میان‌بر روی میز کار"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString UNSEC_PROGRAM ${LANG_FARSI} "حذف برنامه (داده‌های شما می‌ماند)"
LangString UNSEC_PROGRAM ${LANG_ENGLISH} "Remove the program (your data stays)"
LangString UNSEC_DATA ${LANG_FARSI} "داده‌های من هم حذف شود (پایگاه داده، پیوست‌ها، پشتیبان‌ها)"
LangString UNSEC_DATA ${LANG_ENGLISH} "Also remove my data (database, attachments, backups)"
LangString DATA_KEPT ${LANG_FARSI} "پوشه داده‌ها نگه داشته شد:"
LangString DATA_KEPT ${LANG_ENGLISH} "Your data folder was kept:"
LangString APP_RUNNING ${LANG_FARSI} "دبیرخانه هنوز باز است. آن را ببندید و «تلاش دوباره» را بزنید."
LangString APP_RUNNING ${LANG_ENGLISH} "Secretariat is still running. Close it, then choose Retry."

; ---------------------------------------------------------------------------- helpers
; Program files of any version, never the data folder. Listed one by one so that an
; install folder the user pointed at a shared place loses nothing else.
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
!macroend

;  A running program keeps its files locked: ask the user to close it (silent: give up,
; exit code 3). Inserted once per section, so the label stays unique.
!macro CHECK_UNLOCKED FILE
  ${If} ${FileExists} "${FILE}"
    ClearErrors
    FileOpen $0 "${FILE}" a
    ${If} ${Errors}
      StrCpy $1 "locked"
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
!macroend

!macro ENSURE_NOT_RUNNING
  ensure_not_running:
  StrCpy $1 ""
  !insertmacro CHECK_UNLOCKED "$INSTDIR\${GUI_EXE}"
  !insertmacro CHECK_UNLOCKED "$INSTDIR\${CLI_EXE}"
  ${If} $1 != ""
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY ensure_not_running
    SetErrorLevel 3
    Quit
  ${EndIf}
!macroend

; Shortcuts are recorded with their full path: their name depends on the language chosen.
!macro REMOVE_RECORDED_SHORTCUTS
  ReadRegStr $0 HKCU "${INSTALLER_KEY}" "StartMenuShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  ReadRegStr $0 HKCU "${INSTALLER_KEY}" "DesktopShortcutPath"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
!macroend

; ---------------------------------------------------------------------------- install
Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro ENSURE_NOT_RUNNING
  ; Upgrade in place: clear the previous version's program files first, so nothing stale
  ; from an older bundle stays behind. The data folder is elsewhere and is not touched.
  !insertmacro REMOVE_PROGRAM_FILES
  !insertmacro REMOVE_RECORDED_SHORTCUTS
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\$(SHORTCUT_NAME).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${INSTALLER_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${INSTALLER_KEY}" "StartMenuShortcut" "$SMPROGRAMS\$(SHORTCUT_NAME).lnk"
  WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcut" "0"
  WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcutPath" ""

  ; Apps & features
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_DISPLAY_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\$(SHORTCUT_NAME).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcut" "1"
  WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcutPath" "$DESKTOP\$(SHORTCUT_NAME).lnk"
SectionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ; An upgrade keeps the earlier choice about the desktop shortcut.
  ReadRegStr $0 HKCU "${INSTALLER_KEY}" "DesktopShortcut"
  ${If} $0 == "0"
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; ---------------------------------------------------------------------------- uninstall
Section "!un.$(UNSEC_PROGRAM)" UnSecProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro ENSURE_NOT_RUNNING
  !insertmacro REMOVE_RECORDED_SHORTCUTS
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: files the user put there stay
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALLER_KEY}"
  DeleteRegKey /ifempty HKCU "Software\Secretariat"
SectionEnd

Section /o "un.$(UNSEC_DATA)" UnSecData
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
SectionEnd

Section "-un.report"
  ${If} ${FileExists} "${DATA_DIR}\*"
    DetailPrint "$(DATA_KEPT) ${DATA_DIR}"
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
