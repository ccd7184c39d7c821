// Command apirename applies a table of identifier renames to every package of a Go module, type-checked.
//
// It exists so that the public-API renames of issue 9 can be applied again, by the integrator, to code that other
// branches wrote against the old names. It has its own go.mod so the SDK does not depend on golang.org/x/tools.
//
//	cd internal/cmd/apirename && go run . -dir ../../..          # rewrite the module at -dir
//	cd internal/cmd/apirename && go run . -dir ../../.. -n       # only print what would change
//
// The table (renames.txt next to this file, or -table) has one rename a line; '#' starts a comment:
//
//	OldType NewType                    a package-level type, constant, variable or function
//	Type.OldFieldOrMethod NewName      a field or method declared on Type (an interface: also its implementations)
//
// Names are looked up in the package at -pkg (the module root by default). A rename hits only uses of that object:
// selectors (including promotions through embedded fields), composite-literal keys, embedded field names, and in
// comments the doc links [Old], [Type.Old], [okta.Old] and, for types, whole-word mentions of a multi-word old name.
//
// The tool is idempotent and tolerant: an old name that no longer exists is skipped, and uses that no longer
// type-check because the declaration was already renamed (new files written against old names) are still found:
// an undefined identifier named like an old package-level name, or an unresolved selector or literal key on a
// type whose table entry names it. It loads, rewrites and reloads until nothing changes (at most -passes times).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

func main() {
	dir := flag.String("dir", ".", "the module root to rewrite")
	table := flag.String("table", "", "the rename table (default: renames.txt next to this command's source)")
	pkgPath := flag.String("pkg", "", "import path of the package that declares the old names (default: the module path)")
	dry := flag.Bool("n", false, "print the files that would change, do not write")
	passes := flag.Int("passes", 5, "maximum load-rewrite passes")
	flag.Parse()
	if *table == "" {
		*table = "renames.txt"
	}
	renames, err := ReadTable(*table)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apirename:", err)
		os.Exit(2)
	}
	total := 0
	for range *passes {
		n, err := Apply(*dir, *pkgPath, renames, *dry, os.Stderr)
		if err != nil {
			fmt.Fprintln(os.Stderr, "apirename:", err)
			os.Exit(1)
		}
		total += n
		if n == 0 || *dry {
			break
		}
	}
	fmt.Fprintf(os.Stderr, "apirename: %d edits\n", total)
}

// A Rename is one line of the table: Type is empty for a package-level name.
type Rename struct {
	Type, Old, New string
}

// ReadTable reads a rename table.
func ReadTable(path string) ([]Rename, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Rename
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			return nil, fmt.Errorf("%s:%d: want 'Old New', got %q", path, line, sc.Text())
		}
		r := Rename{Old: fields[0], New: fields[1]}
		if t, m, ok := strings.Cut(fields[0], "."); ok {
			r.Type, r.Old = t, m
		}
		if !token.IsIdentifier(r.Old) || !token.IsIdentifier(r.New) {
			return nil, fmt.Errorf("%s:%d: not identifiers: %q", path, line, sc.Text())
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

type edit struct {
	off, end int
	text     string
}

// Apply loads every package under dir (tests included), computes the edits for the table and writes them. It
// returns the number of identifier edits.
func Apply(dir, pkgPath string, renames []Rename, dry bool, log *os.File) (int, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return 0, err
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedModule,
		Dir:   absDir,
		Tests: true,
		Fset:  token.NewFileSet(),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return 0, err
	}
	if pkgPath == "" {
		for _, p := range pkgs {
			if p.Module != nil && p.Module.Main {
				pkgPath = p.Module.Path
				break
			}
		}
	}
	fset := cfg.Fset
	r := &renamer{fset: fset, pkgPath: pkgPath, targets: map[string]string{}, pkgLevel: map[string]string{},
		members: map[string]map[string]string{}, edits: map[string]map[int]edit{}}
	for _, rn := range renames {
		if rn.Type == "" {
			r.pkgLevel[rn.Old] = rn.New
		} else {
			if r.members[rn.Type] == nil {
				r.members[rn.Type] = map[string]string{}
			}
			r.members[rn.Type][rn.Old] = rn.New
		}
	}
	// Members are also found under a type's new name, for trees where the type was renamed already.
	for _, rn := range renames {
		if nn, ok := r.pkgLevel[rn.Type]; ok && rn.Type != "" {
			if r.members[nn] == nil {
				r.members[nn] = map[string]string{}
			}
			r.members[nn][rn.Old] = rn.New
		}
	}
	// Resolve the table's objects in every variant of the declaring package; keys are declaration positions,
	// which are the same in the package and its test variant.
	for _, p := range pkgs {
		if p.PkgPath != pkgPath || p.Types == nil {
			continue
		}
		if p.ID == p.PkgPath {
			r.decl = p.Types
		}
		r.resolve(p.Types, renames)
		// Interface members: rename the implementations in every loaded package too.
		for _, q := range pkgs {
			if q.Types != nil {
				r.resolveImplementations(p.Types, q.Types, renames)
			}
		}
	}
	seen := map[string]bool{}
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			name := fset.Position(f.Pos()).Filename
			if !strings.HasPrefix(name, absDir+string(filepath.Separator)) || seen[name+"\x00"+p.ID] {
				continue
			}
			seen[name+"\x00"+p.ID] = true
			r.file(p, f, name)
		}
	}
	n := 0
	files := make([]string, 0, len(r.edits))
	for f := range r.edits {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			return n, err
		}
		out, k := applyEdits(src, r.edits[name])
		out = r.comments(out)
		if string(out) == string(src) {
			continue
		}
		n += max(k, 1)
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		fmt.Fprintf(log, "apirename: %s: %d edits\n", name, k)
		if !dry {
			if err := os.WriteFile(name, out, 0o644); err != nil {
				return n, err
			}
		}
	}
	// Comments-only files: doc links in files with no identifier edit.
	for _, p := range pkgs {
		for _, name := range p.CompiledGoFiles {
			if _, done := r.edits[name]; done || seen["c\x00"+name] || !strings.HasPrefix(name, absDir+string(filepath.Separator)) || !strings.HasSuffix(name, ".go") {
				continue
			}
			seen["c\x00"+name] = true
			src, err := os.ReadFile(name)
			if err != nil {
				continue
			}
			out := r.comments(src)
			if string(out) == string(src) {
				continue
			}
			n++
			if formatted, err := format.Source(out); err == nil {
				out = formatted
			}
			fmt.Fprintf(log, "apirename: %s: comments\n", name)
			if !dry {
				if err := os.WriteFile(name, out, 0o644); err != nil {
					return n, err
				}
			}
		}
	}
	return n, nil
}

type renamer struct {
	fset     *token.FileSet
	decl     *types.Package
	pkgPath  string
	targets  map[string]string            // declaration position -> new name
	pkgLevel map[string]string            // old package-level name -> new
	members  map[string]map[string]string // type -> old member -> new
	edits    map[string]map[int]edit      // file -> offset -> edit
}

func (r *renamer) key(obj types.Object) string {
	if obj == nil || !obj.Pos().IsValid() {
		return ""
	}
	p := r.fset.Position(obj.Pos())
	return fmt.Sprintf("%s:%d", p.Filename, p.Offset)
}

func (r *renamer) resolve(pkg *types.Package, renames []Rename) {
	for _, rn := range renames {
		if rn.Type == "" {
			if obj := pkg.Scope().Lookup(rn.Old); obj != nil {
				r.targets[r.key(obj)] = rn.New
			}
			continue
		}
		tn, _ := pkg.Scope().Lookup(rn.Type).(*types.TypeName)
		if tn == nil {
			continue
		}
		recv := tn.Type()
		if !types.IsInterface(recv) {
			recv = types.NewPointer(recv)
		}
		obj, index, _ := types.LookupFieldOrMethod(recv, true, pkg, rn.Old)
		if obj == nil {
			continue
		}
		if len(index) > 1 {
			fmt.Fprintf(os.Stderr, "apirename: %s.%s is promoted; rename it on the type that declares it\n", rn.Type, rn.Old)
			continue
		}
		r.targets[r.key(obj)] = rn.New
	}
}

// resolveImplementations adds, for a member rename on an interface type of decl, the same-named methods of every
// named type in pkg that implements the interface.
func (r *renamer) resolveImplementations(decl, pkg *types.Package, renames []Rename) {
	for _, rn := range renames {
		if rn.Type == "" {
			continue
		}
		tn, _ := decl.Scope().Lookup(rn.Type).(*types.TypeName)
		if tn == nil {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			t, ok := pkg.Scope().Lookup(name).(*types.TypeName)
			if !ok || types.IsInterface(t.Type()) {
				continue
			}
			ptr := types.NewPointer(t.Type())
			if !types.Implements(ptr, iface) && !types.Implements(t.Type(), iface) {
				continue
			}
			obj, index, _ := types.LookupFieldOrMethod(ptr, true, pkg, rn.Old)
			if obj != nil && len(index) == 1 {
				r.targets[r.key(obj)] = rn.New
			}
		}
	}
}

func (r *renamer) add(file string, id *ast.Ident, newName string) {
	if id.Name == newName {
		return
	}
	off := r.fset.Position(id.Pos()).Offset
	if r.edits[file] == nil {
		r.edits[file] = map[int]edit{}
	}
	r.edits[file][off] = edit{off: off, end: off + len(id.Name), text: newName}
}

// memberRename looks up a table entry for member name on the (pointer to) named type t or a type it embeds.
func (r *renamer) memberRename(t types.Type, name string) (string, bool) {
	if t == nil {
		return "", false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return "", false
	}
	if m := r.members[n.Obj().Name()]; m != nil {
		if nn, ok := m[name]; ok {
			return nn, true
		}
	}
	// A method of an interface in the table that the type implements.
	if r.decl != nil {
		for typ, m := range r.members {
			nn, ok := m[name]
			if !ok {
				continue
			}
			tn, _ := r.decl.Scope().Lookup(typ).(*types.TypeName)
			if tn == nil {
				continue
			}
			if iface, ok := tn.Type().Underlying().(*types.Interface); ok && (types.Implements(n, iface) || types.Implements(types.NewPointer(n), iface)) {
				return nn, true
			}
		}
	}
	if st, ok := n.Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if f.Embedded() {
				if nn, ok := r.memberRename(f.Type(), name); ok {
					return nn, true
				}
			}
		}
	}
	return "", false
}

func (r *renamer) file(p *packages.Package, f *ast.File, name string) {
	info := p.TypesInfo
	if info == nil {
		return
	}
	inDecl := p.PkgPath == r.pkgPath
	handled := map[*ast.Ident]bool{}
	// Resolved uses and declarations.
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if obj == nil {
			return true
		}
		handled[id] = true
		if nn, ok := r.targets[r.key(obj)]; ok {
			r.add(name, id, nn)
		}
		// An embedded field's name is its type's name, in its declaration and in selectors.
		if v, ok := obj.(*types.Var); ok && v.Embedded() {
			t := v.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok {
				if nn, ok := r.targets[r.key(n.Obj())]; ok {
					r.add(name, id, nn)
				}
			}
		}
		return true
	})
	// Doc comments that start with a renamed declaration's old name.
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			r.doc(name, n.Doc, n.Name)
		case *ast.GenDecl:
			for _, s := range n.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					r.doc(name, s.Doc, s.Name)
					if len(n.Specs) == 1 {
						r.doc(name, n.Doc, s.Name)
					}
				case *ast.ValueSpec:
					for _, id := range s.Names {
						r.doc(name, s.Doc, id)
						if len(n.Specs) == 1 {
							r.doc(name, n.Doc, id)
						}
					}
				}
			}
		case *ast.Field:
			for _, id := range n.Names {
				r.doc(name, n.Doc, id)
			}
		}
		return true
	})
	// Unresolved uses: code written against old names that are already gone.
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if handled[n.Sel] {
				return true
			}
			if x, ok := n.X.(*ast.Ident); ok {
				if pn, ok := info.Uses[x].(*types.PkgName); ok {
					if pn.Imported().Path() == r.pkgPath {
						if nn, ok := r.pkgLevel[n.Sel.Name]; ok {
							r.add(name, n.Sel, nn)
						}
					}
					handled[n.Sel] = true
					return true
				}
			}
			if nn, ok := r.memberRename(info.TypeOf(n.X), n.Sel.Name); ok {
				r.add(name, n.Sel, nn)
			} else if nn, ok := r.pkgLevel[n.Sel.Name]; ok && info.TypeOf(n.X) != nil {
				// An embedded field named after a renamed type.
				if v, _, _ := types.LookupFieldOrMethod(info.TypeOf(n.X), true, p.Types, nn); v != nil {
					if v, ok := v.(*types.Var); ok && v.Embedded() {
						r.add(name, n.Sel, nn)
					}
				}
			}
			handled[n.Sel] = true
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			for _, e := range n.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				k, ok := kv.Key.(*ast.Ident)
				if !ok || handled[k] {
					continue
				}
				if _, isStruct := underStruct(t); !isStruct {
					continue
				}
				if nn, ok := r.memberRename(t, k.Name); ok {
					r.add(name, k, nn)
				} else if nn, ok := r.pkgLevel[k.Name]; ok {
					// An embedded field named after a renamed type.
					if v, _, _ := types.LookupFieldOrMethod(t, true, p.Types, nn); v != nil {
						if v, ok := v.(*types.Var); ok && v.Embedded() {
							r.add(name, k, nn)
						}
					}
				}
				handled[k] = true
			}
		case *ast.Ident:
			if handled[n] || !inDecl {
				return true
			}
			if nn, ok := r.pkgLevel[n.Name]; ok {
				r.add(name, n, nn)
			}
		}
		return true
	})
}

// doc renames the first word of a declaration's doc comment when the declaration's name is renamed.
func (r *renamer) doc(file string, doc *ast.CommentGroup, id *ast.Ident) {
	if doc == nil || len(doc.List) == 0 {
		return
	}
	e, ok := r.edits[file][r.fset.Position(id.Pos()).Offset]
	if !ok {
		return
	}
	c := doc.List[0]
	for _, prefix := range []string{"// ", "//"} {
		rest, ok := strings.CutPrefix(c.Text, prefix)
		if !ok {
			continue
		}
		word, _, _ := strings.Cut(rest, " ")
		if word == id.Name || strings.TrimRight(word, ".,:;'s") == id.Name {
			off := r.fset.Position(c.Pos()).Offset + len(prefix)
			r.edits[file][off] = edit{off: off, end: off + len(id.Name), text: e.text}
		}
		return
	}
}

func underStruct(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	return s, ok
}

func applyEdits(src []byte, m map[int]edit) ([]byte, int) {
	es := make([]edit, 0, len(m))
	for _, e := range m {
		es = append(es, e)
	}
	slices.SortFunc(es, func(a, b edit) int { return b.off - a.off })
	out := slices.Clone(src)
	for _, e := range es {
		out = append(out[:e.off], append([]byte(e.text), out[e.end:]...)...)
	}
	return out, len(es)
}

var commentRE = regexp.MustCompile(`(?s)//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|` + "`[^`]*`")

// comments rewrites doc links and multi-word type mentions inside comments.
func (r *renamer) comments(src []byte) []byte {
	return commentRE.ReplaceAllFunc(src, func(c []byte) []byte {
		if c[0] != '/' {
			return c // a string literal
		}
		return []byte(r.commentText(string(c)))
	})
}

var linkRE = regexp.MustCompile(`\[(\*?)(okta\.)?([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\]`)
var wordRE = regexp.MustCompile(`\b[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?\b`)

func (r *renamer) commentText(c string) string {
	c = linkRE.ReplaceAllStringFunc(c, func(l string) string {
		m := linkRE.FindStringSubmatch(l)
		star, qual, typ, member := m[1], m[2], m[3], m[4]
		newTyp := typ
		if nn, ok := r.pkgLevel[typ]; ok {
			newTyp = nn
		}
		if member != "" {
			if mm := r.members[typ]; mm != nil {
				if nn, ok := mm[member]; ok {
					member = nn
				}
			}
			return "[" + star + qual + newTyp + "." + member + "]"
		}
		return "[" + star + qual + newTyp + "]"
	})
	return wordRE.ReplaceAllStringFunc(c, func(w string) string {
		typ, member, hasMember := strings.Cut(w, ".")
		if hasMember && typ == strings.ToLower(typ) {
			// A qualified name, okta.Old.
			if nn, ok := r.pkgLevel[member]; ok {
				member = nn
			}
			return typ + "." + member
		}
		if hasMember {
			if mm := r.members[typ]; mm != nil {
				if nn, ok := mm[member]; ok {
					member = nn
				}
			}
			if nn, ok := r.pkgLevel[typ]; ok && multiWord(typ) {
				typ = nn
			}
			return typ + "." + member
		}
		if nn, ok := r.pkgLevel[w]; ok && multiWord(w) {
			return nn
		}
		return w
	})
}

// multiWord reports whether an identifier has an upper-case letter after its first, so it is not an English word.
func multiWord(s string) bool {
	return strings.ContainsAny(s[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}
