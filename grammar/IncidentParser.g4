// IncidentLang parser (docs/language.md, "Grammar").
//
//   file        := declaration*
//   declaration := KEYWORD IDENT? '{' member* '}'
//   member      := property | declaration
//   property    := (IDENT | KEYWORD) ':' value
//   value       := STRING | DATE | INT | DECIMAL | IDENT | list
//   list        := '[' (value (',' value)* ','?)? ']'
//
// Where declarations may appear (incident at top level, the rest inside it) is
// checked by the binder (INC1012), not here, so a misplaced declaration gets a
// precise semantic diagnostic instead of a parse error.
parser grammar IncidentParser;

options { tokenVocab = IncidentLexer; }

compilationUnit : declaration* EOF ;

declaration : keyword IDENT? LBRACE member* RBRACE ;

member : property | declaration ;

property : propertyName COLON value ;

propertyName : IDENT | keyword ;

keyword : INCIDENT | SOURCE | ACTOR | TARGET | CLAIM | STATEMENT | EVENT
        | PARTY | MALWARE | TOOL | VULNERABILITY | INDICATOR | RECOMMENDATION | REVISION ;

value : STRING | TRIPLE_STRING | DATE | INT | DECIMAL | IDENT | list ;

list : LBRACKET ( value ( COMMA value )* COMMA? )? RBRACKET ;
