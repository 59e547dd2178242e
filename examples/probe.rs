fn main() {
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        for a in dondoc::text::agencies::find_all(&line) {
            println!("{:?}", a);
        }
        println!("--");
    }
}
