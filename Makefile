demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

#demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

wdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

fdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

`demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

`demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

`demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

`demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

?demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

=demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

3demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

=demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

=demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

=demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Wdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

#demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

wdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

jdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

jdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

|demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

qdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

jdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

|demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

qdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

[demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

]demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

jdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

|demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

qdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

[demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

,demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

]demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

1demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

0demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

xdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

wdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

2demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

0demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

2demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

4demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

0demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

6demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

fdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

_demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

_demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Wdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

zdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

_demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

;demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

_demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

2demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

0demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

2demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

4demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

0demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

6demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

;demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

@demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

fdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

>demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

|demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

|demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

xdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

;demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

xdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

'demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

kdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

gdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

xdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

"demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

qdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

/demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

:demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

	demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

mdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

-demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

rdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

fdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

$demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

(demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Ndemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

Vdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

)demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

bdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

udemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ldemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ddemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

_demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ademo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

cdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

 demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

.demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

ydemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

pdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

odemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

tdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

hdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

edemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

idemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

sdemo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"


demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

