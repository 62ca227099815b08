; Inno Setup 6 script for the Frontdesk (编辑台) Windows installer.
;
; Built by packaging/windows/build.ps1 (and the release workflow) after PyInstaller has produced
; dist\frontdesk. The version is never written here: it comes from pyproject.toml through
; packaging/version.py and is passed on the command line:
;
;   ISCC /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\windows\frontdesk.iss
;
; Code signing: when build.ps1 finds a certificate it defines a sign tool named "frontdesk"
; (/Sfrontdesk=...) and /DSignToolName=frontdesk; then Setup, the uninstaller and both program
; files are signed. Without a certificate nothing here refers to signing.

#ifndef AppVersion
  #error AppVersion is not defined: pass /DAppVersion=<version> (python packaging/version.py prints it)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\frontdesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

#define AppName "Frontdesk"
#define AppExeName "frontdesk.exe"
#define AppCliName "frontdesk-cli.exe"
#define AppProgId "Frontdesk.Post"
#define RepoRoot AddBackslash(SourcePath) + "..\.."

; Simplified Chinese messages. Inno Setup 6.5 and later ship ChineseSimplified.isl as an official
; translation; older Inno Setup 6 releases only offered it as an unofficial one (Languages\Unofficial
; in the source tree, not installed). The release workflow installs a current Inno Setup, and when
; the file is missing it copies the translation from the matching Inno Setup source release into the
; compiler's Languages folder (same license as Inno Setup), so nothing third-party lives in this repo.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\Unofficial\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in the compiler's Languages folder (see build.ps1)
#endif

#ifdef SignToolName
  #define SignFlag " sign"
#else
  #define SignFlag ""
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{5B8C0E4A-2F7D-4C1B-9E63-8A1D4F0C7B25}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Frontdesk developers
AppComments=Offline editor for Jekyll-style posts (编辑台)
AppCopyright=MIT License
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} {#AppVersion} Setup
; Per-user install without admin rights by default; the first page lets the user choose an
; all-users install instead (which asks for elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile={#RepoRoot}\resources\icons\frontdesk.ico
OutputDir={#OutputDir}
OutputBaseFilename=Frontdesk-{#AppVersion}-windows-x64-setup
; Qt 6.10 needs 64-bit Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
ChangesAssociations=yes
CloseApplications=yes
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "{#ChineseMessages}"

[CustomMessages]
en.OpenWithTask=Add "Open with {#AppName}" for Markdown files (.md, .markdown)
en.IntegrationGroup=Windows integration:
en.MarkdownPost=Markdown post
zh_CN.OpenWithTask=为 Markdown 文件（.md、.markdown）添加“用 {#AppName} 打开”
zh_CN.IntegrationGroup=Windows 集成：
zh_CN.MarkdownPost=Markdown 文章

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWithTask}"; GroupDescription: "{cm:IntegrationGroup}"

[Files]
Source: "{#BundleDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\{#AppCliName}"; DestDir: "{app}"; Flags: ignoreversion{#SignFlag}
Source: "{#BundleDir}\*"; Excludes: "\{#AppExeName},\{#AppCliName}"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; "Open with Frontdesk" for .md/.markdown. HKA is HKCU\Software\Classes for a per-user install and
; HKLM\Software\Classes for an all-users one. OpenWithProgids adds Frontdesk to the "Open with"
; list without taking over the user's default editor.
Root: HKA; Subkey: "Software\Classes\{#AppProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:MarkdownPost}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"",0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#AppProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#AppProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "{#AppProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".markdown"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python writes nothing into {app} at run time, but a crashed update may leave stray files.
Type: dirifempty; Name: "{app}"
