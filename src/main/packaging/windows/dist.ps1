# Windows counterpart of ../dist.sh, run by `mvn -Pdist package`: trimmed runtime, app image with SQLite's
# native library and an AppCDS archive, then an MSI (needs WiX 3: candle.exe and light.exe on the PATH).
# Not run on the Linux build machines; arguments: the project version and the build's commit.
param([string]$Version, [string]$Commit = "unknown")
$ErrorActionPreference = "Stop"

# never change: Windows Installer finds the installed Meldtafel by it and replaces it with the newer one
$UpgradeUuid = "7b0c6f1e-4f7a-4d2b-9a55-3e1d5c0a9e16"
$AppVersion = $Version.Split("-")[0]
$Dist = Join-Path (Get-Location) "target\dist"
$App = "Meldtafel"
# as dist.sh: jdeps' list plus what is reached by reflection or data only
$Modules = "java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.unsupported,jdk.security.auth,jdk.localedata,jdk.crypto.ec,jdk.zipfs"

function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

if (Test-Path $Dist) { Remove-Item -Recurse -Force $Dist }
New-Item -ItemType Directory -Force (Join-Path $Dist "input\native") | Out-Null
Copy-Item target\meldtafel.jar (Join-Path $Dist "input")
# SQLite's library beside the jar, loaded from there: nothing unpacked into %TEMP% at each start
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path target\meldtafel.jar))
try {
    $entry = $zip.GetEntry("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll")
    [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $Dist "input\native\sqlitejdbc.dll"), $true)
} finally { $zip.Dispose() }

Write-Host "dist: jlink runtime with $Modules"
Run jlink @("--add-modules", $Modules, "--include-locales=en,nl", "--strip-debug", "--no-man-pages", "--no-header-files",
    "--compress=2", "--generate-cds-archive", "--output", "$Dist\runtime")

$JavaOptions = @("--java-options", '-Dorg.sqlite.lib.path=$APPDIR\native', "--java-options", "-Dorg.sqlite.lib.name=sqlitejdbc.dll",
    "--java-options", "-XX:+UseSerialGC", "--java-options", "-Xmx256m", "--java-options", "-Xms64m",
    # as dist.sh: a long run's heap goes back, and a small young generation; the native-heap trim is glibc's only
    "--java-options", "-XX:MaxHeapFreeRatio=30", "--java-options", "-XX:MinHeapFreeRatio=10",
    "--java-options", "-XX:NewRatio=4")
# a second launcher with a console, for the admin commands (the desk's own has none)
Set-Content -Path "$Dist\admin.properties" -Value "win-console=true"

Write-Host "dist: jpackage app image $App $AppVersion ($Commit)"
Run jpackage (@("--type", "app-image", "--name", $App, "--app-version", $AppVersion, "--vendor", "Meldtafel",
    "--input", "$Dist\input", "--main-jar", "meldtafel.jar", "--main-class", "nl.meldtafel.app.Main",
    "--runtime-image", "$Dist\runtime", "--add-launcher", "MeldtafelAdmin=$Dist\admin.properties",
    "--dest", "$Dist\image") + $JavaOptions)

$Image = "$Dist\image\$App"
# AppCDS training run, as in dist.sh: a small demo log, an officer at the desk, the desk exits once usable
$Data = Join-Path $env:TEMP ("meldtafel-cds-" + [guid]::NewGuid())
$Java = "$Image\runtime\bin\java.exe"
$Cp = "$Image\app\meldtafel.jar"
$Sqlite = @("-Dorg.sqlite.lib.path=$Image\app\native", "-Dorg.sqlite.lib.name=sqlitejdbc.dll", "-XX:+UseSerialGC")
& $Java @Sqlite -cp $Cp nl.meldtafel.app.Main demo --alerts 200 --data-dir "$Data\data" | Out-Null
Set-Content -Path "$Data\data\settings.json" -Value '{"officer":{"personnelNumber":"100001","id":1,"name":"Training"}}'
& $Java "-XX:ArchiveClassesAtExit=$Image\app\meldtafel.jsa" @Sqlite "-Dmeldtafel.readyProbe=$Data\ready.txt" `
    "-Dmeldtafel.exitWhenReady=true" -cp $Cp nl.meldtafel.app.Main --data-dir "$Data\data" | Out-Null
if (Test-Path "$Data\ready.txt") {
    foreach ($cfg in @("$Image\app\$App.cfg", "$Image\app\MeldtafelAdmin.cfg")) {
        (Get-Content $cfg) -replace '^\[JavaOptions\]$', "[JavaOptions]`njava-options=-XX:SharedArchiveFile=`$APPDIR\meldtafel.jsa`njava-options=-Xshare:auto" |
            Set-Content $cfg
    }
} else {
    Remove-Item -Force -ErrorAction SilentlyContinue "$Image\app\meldtafel.jsa"
    Write-Host "dist: WARNING no AppCDS archive (the training run did not become usable)"
}
Remove-Item -Recurse -Force $Data

if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Write-Host "dist: MSI SKIPPED: WiX 3 (candle.exe, light.exe) is not on the PATH"
    exit 0
}
Write-Host "dist: MSI"
Run jpackage @("--type", "msi", "--app-image", $Image, "--name", $App, "--app-version", $AppVersion, "--vendor", "Meldtafel",
    "--description", "Meldtafel: alerts for neighbourhood-watch groups",
    "--win-upgrade-uuid", $UpgradeUuid, "--win-menu", "--win-menu-group", "Meldtafel", "--win-shortcut",
    "--dest", $Dist)
