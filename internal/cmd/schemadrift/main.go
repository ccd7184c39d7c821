// Command schemadrift extracts, from Okta's two API descriptions, what the schema drift test
// (schema_drift_test.go) compares the Go models with: for every component schema of Okta's current description,
// its properties (with those inherited through allOf), its enum values (enum or x-okta-known-values, of the
// schema itself or of an inline property) and its discriminator mapping, each marked with whether the
// Management API 5.1.0 description, which the SDK was built from, already had it.
//
//	go run ./internal/cmd/schemadrift                  # from the module root
//	go run ./internal/cmd/schemadrift -old F -new F -out F
//
// The output is a tab-separated table, sorted, so running it twice changes nothing:
//
//	schema	kind	property	value	since
//
// where kind is property, enum or discriminator; value is the enum value, or for a discriminator the
// discriminator value and the schema it maps to ("VALUE=Schema"); since is 5.1.0 or current.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

type schema struct {
	Ref        string             `yaml:"$ref"`
	Properties map[string]*schema `yaml:"properties"`
	AllOf      parts              `yaml:"allOf"`
	Enum       []any              `yaml:"enum"`
	Known      []any              `yaml:"x-okta-known-values"`
	Items      *schema            `yaml:"items"`
	Disc       *struct {
		PropertyName string            `yaml:"propertyName"`
		Mapping      map[string]string `yaml:"mapping"`
	} `yaml:"discriminator"`
}

// parts is a list of schemas; 5.1.0 writes one allOf as a single schema, which counts as a list of one.
type parts []*schema

func (p *parts) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		var one schema
		if err := n.Decode(&one); err != nil {
			return err
		}
		*p = parts{&one}
		return nil
	}
	return n.Decode((*[]*schema)(p))
}

type document struct {
	Components struct {
		Schemas map[string]*schema `yaml:"schemas"`
	} `yaml:"components"`
}

type row struct{ schema, kind, property, value string }

func main() {
	oldPath := flag.String("old", "../shared/spec/management.yaml", "the Management API 5.1.0 description")
	newPath := flag.String("new", "../shared/spec/current.yaml", "Okta's current description")
	out := flag.String("out", "testdata/schemas-current.tsv", "the table to write")
	flag.Parse()
	oldRows, err := load(*oldPath)
	if err != nil {
		log.Fatal(err)
	}
	newRows, err := load(*newPath)
	if err != nil {
		log.Fatal(err)
	}
	had := map[row]bool{}
	for _, r := range oldRows {
		had[r] = true
	}
	var b strings.Builder
	b.WriteString("schema\tkind\tproperty\tvalue\tsince\n")
	for _, r := range newRows {
		since := "current"
		if had[r] {
			since = "5.1.0"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", r.schema, r.kind, r.property, r.value, since)
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

func load(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc document
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	all := doc.Components.Schemas
	seen := map[row]bool{}
	var rows []row
	add := func(r row) {
		if !seen[r] {
			seen[r] = true
			rows = append(rows, r)
		}
	}
	for name, s := range all {
		for _, v := range enumOf(s) {
			add(row{name, "enum", "", v})
		}
		for prop, p := range properties(all, s, map[string]bool{}) {
			add(row{name, "property", prop, ""})
			if p.Ref == "" {
				for _, v := range enumOf(p) {
					add(row{name, "enum", prop, v})
				}
				if p.Items != nil && p.Items.Ref == "" {
					for _, v := range enumOf(p.Items) {
						add(row{name, "enum", prop, v})
					}
				}
			}
		}
		if d := discriminatorOf(all, s); d != nil {
			for value, ref := range d.Mapping {
				add(row{name, "discriminator", d.PropertyName, value + "=" + refName(ref)})
			}
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(a.schema, b.schema), cmp.Compare(a.kind, b.kind),
			cmp.Compare(a.property, b.property), cmp.Compare(a.value, b.value))
	})
	return rows, nil
}

func refName(ref string) string { return ref[strings.LastIndex(ref, "/")+1:] }

// properties returns the properties of s and of the schemas it inherits through allOf.
func properties(all map[string]*schema, s *schema, visiting map[string]bool) map[string]*schema {
	out := map[string]*schema{}
	if s == nil {
		return out
	}
	if s.Ref != "" {
		name := refName(s.Ref)
		if visiting[name] {
			return out
		}
		visiting[name] = true
		defer delete(visiting, name)
		return properties(all, all[name], visiting)
	}
	for _, part := range s.AllOf {
		for k, v := range properties(all, part, visiting) {
			out[k] = v
		}
	}
	for k, v := range s.Properties {
		out[k] = v
	}
	return out
}

// discriminatorOf returns the discriminator of s, or of an allOf part written inline.
func discriminatorOf(all map[string]*schema, s *schema) *struct {
	PropertyName string            `yaml:"propertyName"`
	Mapping      map[string]string `yaml:"mapping"`
} {
	if s.Disc != nil {
		return s.Disc
	}
	for _, part := range s.AllOf {
		if part.Ref == "" && part.Disc != nil {
			return part.Disc
		}
	}
	return nil
}

var markup = regexp.MustCompile(`<[^>]*>`)

func enumOf(s *schema) []string {
	var out []string
	for _, v := range append(slices.Clone(s.Enum), s.Known...) {
		if v == nil {
			continue
		}
		// Some values carry the markup of Okta's docs (a lifecycle badge); the value is the text.
		text := strings.TrimSpace(markup.ReplaceAllString(fmt.Sprint(v), ""))
		if text != "" {
			out = append(out, text)
		}
	}
	return out
}
